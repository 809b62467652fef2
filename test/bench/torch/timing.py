# Prepended to each timed program by the benchmark harness (test/bench/peers.ts), so the program is the same
# text under agnb and PyTorch. measure() does what test/bench/measure.ts does: calibrates a loop count so one
# round takes about ROUND_SECONDS, warms up as measure.ts does (agnb's interpreter runs on V8, which optimizes
# code only after a few thousand calls), then prints the median of the rounds per iteration.
import time

ROUND_SECONDS = 0.05
WARM_UP_SECONDS = 0.3
WARM_UP_ITERATIONS = 5000
MAX_WARM_UP_SECONDS = 5
HEAVY_STEP_SECONDS = 0.01
ROUNDS = 7
SLOW_ROUNDS = 3


def timed(run, iterations):
    start = time.perf_counter()
    run(iterations)
    return time.perf_counter() - start


def measure(label, run):
    """run(iterations) loops `iterations` times over the step measured."""
    iterations = 1
    elapsed = timed(run, iterations)
    warm_up = elapsed
    warm_up_iterations = iterations
    while elapsed < ROUND_SECONDS:
        iterations = max(iterations * 2, int(iterations * ROUND_SECONDS * 1.2 / max(elapsed, 1e-6)) + 1)
        elapsed = timed(run, iterations)
        warm_up += elapsed
        warm_up_iterations += iterations
    heavy = elapsed / iterations >= HEAVY_STEP_SECONDS
    while warm_up < WARM_UP_SECONDS or (not heavy and warm_up_iterations < WARM_UP_ITERATIONS and warm_up < MAX_WARM_UP_SECONDS):
        warm_up += timed(run, iterations)
        warm_up_iterations += iterations
    rounds = SLOW_ROUNDS if elapsed > 4 * ROUND_SECONDS else ROUNDS
    per_iteration = sorted(timed(run, iterations) / iterations for _ in range(rounds))
    print('timing:', label, per_iteration[rounds // 2])

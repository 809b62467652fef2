// Timing: a loop count calibrated so one round takes about ROUND_SECONDS, a warm-up (V8 optimizes a small graph's
// code only after a few thousand calls, up to ten times faster than before), then the median of several rounds,
// per iteration. test/bench/torch/timing.py does the same in Python, so programs timed inside agnb Python and
// PyTorch are measured alike.

/** Long enough that timer resolution and loop set-up vanish, short enough that a whole run takes minutes. */
const ROUND_SECONDS = 0.05;
/**
 * The warm-up lasts WARM_UP_SECONDS, and for light steps also WARM_UP_ITERATIONS (at most MAX_WARM_UP_SECONDS on a
 * loaded machine). A heavy step, one iteration taking HEAVY_STEP_SECONDS or more, spends its time in loops V8
 * optimizes within the first call.
 */
const WARM_UP_SECONDS = 0.3;
const WARM_UP_ITERATIONS = 5000;
const MAX_WARM_UP_SECONDS = 5;
const HEAVY_STEP_SECONDS = 0.01;
/** Rounds for quick steps, and for steps where a single iteration already takes several rounds' time. */
const ROUNDS = 7;
const SLOW_ROUNDS = 3;

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Seconds per iteration of `run(iterations)`, which must loop `iterations` times over the step measured. */
export function timeLoop(run: (iterations: number) => void): number {
  const timed = (iterations: number): number => {
    const start = performance.now();
    run(iterations);
    return (performance.now() - start) / 1000;
  };
  let iterations = 1;
  let elapsed = timed(iterations);
  let warmUp = elapsed;
  let warmUpIterations = iterations;
  while (elapsed < ROUND_SECONDS) {
    iterations = Math.max(iterations * 2, Math.ceil((iterations * ROUND_SECONDS * 1.2) / Math.max(elapsed, 1e-6)));
    elapsed = timed(iterations);
    warmUp += elapsed;
    warmUpIterations += iterations;
  }
  const heavy = elapsed / iterations >= HEAVY_STEP_SECONDS;
  while (warmUp < WARM_UP_SECONDS || (!heavy && warmUpIterations < WARM_UP_ITERATIONS && warmUp < MAX_WARM_UP_SECONDS)) {
    warmUp += timed(iterations);
    warmUpIterations += iterations;
  }
  const rounds = elapsed > 4 * ROUND_SECONDS ? SLOW_ROUNDS : ROUNDS;
  const perIteration: number[] = [];
  for (let round = 0; round < rounds; round++) perIteration.push(timed(iterations) / iterations);
  return median(perIteration);
}

/** Seconds per call of an asynchronous step (a message round trip): the median of `samples` calls after a warm-up. */
export async function timeCalls(step: () => Promise<void>, samples = 30, warmUp = 5): Promise<number> {
  for (let i = 0; i < warmUp; i++) await step();
  const seconds: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await step();
    seconds.push((performance.now() - start) / 1000);
  }
  return median(seconds);
}

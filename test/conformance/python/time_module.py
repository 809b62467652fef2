# Timing a loop the way tutorials do; the printed facts do not depend on the machine's speed.
import time

start = time.perf_counter()
time.sleep(0.05)
elapsed = time.perf_counter() - start
print("slept at least 50 ms:", elapsed >= 0.05)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__)
print(time.time_ns() > 1_600_000_000 * 10**9)
try:
    time.sleep(-1)
except ValueError as error:
    print("ValueError:", error)
try:
    time.sleep("1")
except TypeError as error:
    print("TypeError:", error)

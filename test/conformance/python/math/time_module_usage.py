# time: measuring elapsed time without printing machine-dependent numbers.
import time
start = time.perf_counter()
total = sum(i * i for i in range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, type(elapsed).__name__)
t0 = time.time()
time.sleep(0.01)
print(time.time() - t0 >= 0.005, isinstance(time.time_ns(), int), time.monotonic() > 0)

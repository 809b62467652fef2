# Floating-point accumulation and comparison pitfalls.
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9, round(total, 10))
print(0.1 + 0.2 - 0.3, 1e16 + 1 - 1e16, (1e16 + 1) - 1e16, 1e-16 + 1 == 1)
import math
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), 2 ** 0.5 * 2 ** 0.5)
print([round(x * 0.1, 1) for x in range(5)], 1.1 * 3, 3.3 / 3)

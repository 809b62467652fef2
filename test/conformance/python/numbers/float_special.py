# inf and nan: arithmetic, comparisons and parsing.
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(nan == nan, nan != nan, nan < 1, inf > 10 ** 400, -inf < -1e308, inf == inf)
print(float("Infinity"), float("-INF"), float("nan"), float("  -inf \n"), float("+nan"))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
print(sorted([3.0, inf, -inf, 1.0]), max(inf, 5), min(-inf, 5))
print(str(inf), repr(nan), f"{inf}", f"{nan:.3f}", f"{-inf:10}")
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)

# The math module.
import math
from math import sqrt, pi as PI
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), sqrt(2), PI, math.floor(3.7), math.ceil(3.2), math.floor(-3.5), math.trunc(-3.7))
print(math.fabs(-2), math.factorial(20), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.copysign(3, -0.0))
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.hypot(3, 4), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.exp(1))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.pow(2, 10), math.tanh(0), math.sqrt(0.25), math.floor(10 ** 20 + 0.5))
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10), round(math.exp(2), 6))
print(math.factorial(30), math.log(2 ** 1000), math.log(10 ** 100, 10))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.sqrt("x"), lambda: math.acos(2)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    from math import nothing
except ImportError as e:
    print(type(e).__name__, "for math.nothing")

# The math module: constants, rounding, roots and integer helpers.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.7), math.ceil(-2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.hypot(3, 4), math.fabs(-3), math.copysign(2, -0.0))
print(math.factorial(20), math.gcd(84, 36), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.degrees(math.pi), math.radians(180), math.modf(3.75), math.fmod(-7, 3), math.remainder(7, 3))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.factorial(-1)
except ValueError as e:
    print(type(e).__name__, e)

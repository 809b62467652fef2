# Integer helpers: isqrt, comb, perm, prod, lcm and gcd over many values.
import math
print(math.isqrt(10 ** 20), math.isqrt(99), math.comb(52, 5), math.perm(10, 3), math.perm(4), math.prod(range(1, 11)), math.prod([]))
print(math.gcd(12, 18, 24), math.gcd(), math.lcm(2, 3, 4), math.lcm(), math.comb(5, 7), math.prod([1.5, 2], start=2))
print(math.fmod(7.5, 2), math.fmod(-7.5, 2), math.remainder(10, 4), math.remainder(-10, 3), math.modf(-2.25), math.modf(6.0))
try:
    math.comb(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(-4)
except ValueError as e:
    print(type(e).__name__, e)

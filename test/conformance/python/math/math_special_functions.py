# math's special and float-decomposition functions: hyperbolic inverses, cbrt, exp2, erf/erfc, gamma/lgamma,
# frexp/ldexp, nextafter/ulp, dist, and their domain and range errors.
import math
import random


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


random.seed(5)
samples = {
    'acosh': [1.0, 1.5, 2.0, 10.0, 1e10, 2 ** 28 + 1] + [random.uniform(1, 50) for _ in range(30)],
    'asinh': [0.0, -0.5, 1e-10, 3.0, -1e12] + [random.uniform(-20, 20) for _ in range(30)],
    'atanh': [0.0, 0.25, -0.75, 0.999999] + [random.uniform(-0.99, 0.99) for _ in range(30)],
    'cbrt': [27.0, -8.0, 2.0, 1e-300, 1e300] + [random.uniform(-1000, 1000) for _ in range(30)],
    'exp2': [0.5, 10.0, -1074.0, -1060.25, 1023.5] + [random.uniform(-60, 60) for _ in range(30)],
    'erf': [0.0, 0.1, 0.84375, 1.0, 1.25, 2.5, 3.0, 6.0, -0.5] + [random.uniform(-5, 5) for _ in range(40)],
    'erfc': [0.0, 0.3, 0.9, 1.3, 2.0, 5.0, 10.0, 27.0, -1.0, -7.0] + [random.uniform(-3, 15) for _ in range(40)],
    'gamma': [0.5, 1.5, -0.5, -2.5, 5.0, 23.0, 24.0, 30.5, 100.25, 170.5, -170.5, 1e-30] + [random.uniform(-30, 60) for _ in range(30)],
    'lgamma': [0.5, 3.0, 2.5, -0.5, -2.5, 1e-30, 100.0, 1e10] + [random.uniform(-30, 300) for _ in range(30)],
}
for name, xs in samples.items():
    f = getattr(math, name)
    print(name, [f(x) for x in xs])

for x in [0.0, -0.0, 1.0, -8.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, float('inf'), float('nan')]:
    print('frexp', x, math.frexp(x), math.ulp(x), math.nextafter(x, 0.0), math.nextafter(x, math.inf))
print(math.frexp(12), math.ldexp(0.75, 4), math.ldexp(1.5, -1074), math.ldexp(1.0, -1075), math.ldexp(3.0, -1076), math.ldexp(-1.0, -2000))
print(math.ldexp(1.0, 1023), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0), math.ulp(1.7976931348623157e308), math.ulp(-2.0))
print(math.dist((0, 0), (3, 4)), math.dist([1.5, 2.5, -1], (0.5, 0.5, 2)), math.dist(iter([1]), (4,)), math.dist((), ()))

for label, f in [
    ('acosh(0.5)', lambda: math.acosh(0.5)), ('atanh(1)', lambda: math.atanh(1)), ('atanh(-2)', lambda: math.atanh(-2)),
    ('gamma(0)', lambda: math.gamma(0)), ('gamma(-3)', lambda: math.gamma(-3)), ('gamma(172)', lambda: math.gamma(172)),
    ('gamma(-inf)', lambda: math.gamma(-math.inf)), ('gamma(1e-320)', lambda: math.gamma(1e-320)), ('gamma(-300.5)', lambda: math.gamma(-300.5)),
    ('lgamma(0)', lambda: math.lgamma(0)), ('lgamma(-4)', lambda: math.lgamma(-4)), ('lgamma(inf)', lambda: math.lgamma(math.inf)),
    ('lgamma(1e308)', lambda: math.lgamma(1e308)), ('exp2(1024)', lambda: math.exp2(1024)), ('exp2(-1100)', lambda: math.exp2(-1100)),
    ('erfc(-50)', lambda: math.erfc(-50)), ('erf(inf)', lambda: math.erf(-math.inf)), ('log1p(-1)', lambda: math.log1p(-1)),
    ('ldexp(1.0, 1.5)', lambda: math.ldexp(1.0, 1.5)), ('ldexp(1.0, 10**30)', lambda: math.ldexp(1.0, 10 ** 30)),
    ('ldexp(-1.0, -10**30)', lambda: math.ldexp(-1.0, -10 ** 30)), ('ldexp(1e308, 10)', lambda: math.ldexp(1e308, 10)),
    ('dist', lambda: math.dist([1], [1, 2])), ('dist(1, 2)', lambda: math.dist(1, 2)), ('dist str', lambda: math.dist(('a',), (1,))),
    ('nextafter', lambda: math.nextafter(1.0)), ('cbrt(nan)', lambda: math.cbrt(math.nan)), ('exp(1000)', lambda: math.exp(1000)),
]:
    attempt(label, f)

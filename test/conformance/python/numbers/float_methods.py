# float methods: is_integer, as_integer_ratio, hex-free helpers, conversions.
x = 2.5
print(x.is_integer(), (3.0).is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio())
print((-0.75).as_integer_ratio(), x.real, x.imag, x.conjugate())
print(int(x), int(-x), float.__name__, type(x) is float, isinstance(x, float))
print(abs(-2.5), -x, +x, x.__add__(1), x.__rsub__(10), x.__truediv__(2))
print(hash(2.0) == hash(2), hash(0.5), hash(-0.0), hash(1.5))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 0.1 * 3 == 0.3)
print(7.0 // 2, 7.0 % 2.5, divmod(7.25, 0.5), 2.0 ** -2)
try:
    (1.5).as_integer_ratio() and float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)

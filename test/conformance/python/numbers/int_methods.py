# Methods and attributes of int.
n = 1234
print(n.bit_length(), n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((10).to_bytes(2, "big") if False else "no bytes", int.__name__)
print(abs(-5), -(-5), +5, (5).__neg__(), (5).__add__(3), (5).__radd__(3))
print(int.__add__(2, 3), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(5))
print((3).__eq__(3), (3).__lt__(4), (3).__hash__(), hash(-1), hash(-2), hash(10 ** 20))
print(isinstance(True, int), int is type(5), type(5) is int)
print(sum(range(101)), max(3, 99, -4), min(-3, 2))

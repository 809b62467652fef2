# __add__, __radd__, __iadd__, __mul__, __neg__, __abs__ on a vector class.
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.xs, other.xs)))
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Vec(*(a * k for a in self.xs))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self.xs) ** 0.5
    def __repr__(self):
        return f"Vec{self.xs}"
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a * 3, 2 * a, -a, abs(b), sum([a, b, a]))
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)

# A 2-D vector class with the dunder methods tutorials write.
import math

class Vector:
    __slots_doc__ = "x and y"

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x:.2f}, {self.y:.2f}>"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

v = Vector(3, 4)
w = Vector(1.5, -2)
print(v, w, repr(v + w), v - w, 2 * v, v * 0.5, -w)
print(abs(v), bool(Vector()), bool(v), list(v), v[1], len(v), tuple(w))
print(v == Vector(3, 4), v != w, {v: "a", Vector(3, 4): "b"})
x, y = v
print(x, y, sorted([v, w, Vector(0, 1)], key=abs))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
print(f"{v!s} {v!r} {str(v):>20}|")

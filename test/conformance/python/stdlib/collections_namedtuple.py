# namedtuple: field access, unpacking, _replace, _asdict, defaults.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x, p[1], p == (3, 4), isinstance(p, tuple), len(p), Point._fields)
x, y = p
print(x + y, p._replace(x=10), p._asdict(), Point._make([5, 6]), sorted([Point(2, 1), Point(1, 2)]))
Color = namedtuple("Color", "red green blue", defaults=[0])
print(Color(255, 128), Color(1, 2, 3), hash(Point(1, 2)) == hash((1, 2)))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)

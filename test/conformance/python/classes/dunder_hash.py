# __hash__ and __eq__ together make objects usable as dict keys and set members.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"
pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), Point(1, 2) in pts, {Point(0, 0): "origin"}[Point(0, 0)])
class EqOnly:
    def __eq__(self, other):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly.__hash__, hash(Point(1, 2)) == hash((1, 2)))

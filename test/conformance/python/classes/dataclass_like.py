# Dataclass-like records written by hand: __init__ from fields, __repr__, __eq__, ordering, defaults.
class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        values = dict(zip(self.fields, args))
        values.update(kwargs)
        for name in self.fields:
            setattr(self, name, values.get(name, getattr(type(self), "default_" + name, None)))

    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, n) == getattr(other, n) for n in self.fields)

    def __lt__(self, other):
        return tuple(getattr(self, n) for n in self.fields) < tuple(getattr(other, n) for n in self.fields)

class Point(Record):
    fields = ("x", "y")
    default_y = 0

class Run(Record):
    fields = ("name", "lr", "epochs", "tags")
    default_epochs = 10

p = Point(1)
q = Point(1, y=2)
print(p, q, p == Point(1, 0), p == q, p < q, sorted([q, p, Point(0, 5)]))
r = Run("baseline", 0.001, tags=["a", "b"])
print(r)
print(Run("x", 1e-4, 3) == Run("x", 0.0001, 3), vars(p))

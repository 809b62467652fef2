# __enter__/__exit__: ordering, the value bound by `as`, and exception suppression.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Tracer("a") as value:
    print("inside", value)
with Tracer("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with Tracer("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Tracer("outer") as o, Tracer("inner") as i:
    print(o, i)

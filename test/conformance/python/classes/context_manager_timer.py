# Context managers: __enter__/__exit__ with exceptions, suppression, and nesting order.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc!r}")
        return self.suppress

with Tracker("a") as a, Tracker("b") as b:
    print("body", a.name, b.name)

with Tracker("outer", suppress=True):
    with Tracker("inner"):
        raise KeyError("missing")
print("after suppression")

try:
    with Tracker("plain"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e)

def run():
    with Tracker("in function"):
        return "returned"
print(run())

# Functions are objects: names, defaults, attributes, and being passed around.
def area(w, h=2, *, unit="m"):
    """Area of a rectangle."""
    return f"{w * h}{unit}"
print(area.__name__, area.__doc__, area.__defaults__, area.__kwdefaults__, area.__module__)
area.calls = 0
area.calls += 1
print(area.calls, callable(area), type(area).__name__)
funcs = [len, str.upper, area, abs]
print([f.__name__ for f in funcs])
def apply(fn, *args):
    return fn(*args)
print(apply(area, 3), apply(max, 1, 5, 2), apply(lambda: "x"))

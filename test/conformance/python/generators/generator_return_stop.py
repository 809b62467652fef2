# return inside a generator ends it; StopIteration carries the value.
def limited():
    yield "a"
    return "the end"
g = limited()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
print(list(limited()), next(g, "default"))
def empty():
    return
    yield
print(list(empty()))

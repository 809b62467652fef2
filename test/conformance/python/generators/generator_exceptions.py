# Exceptions inside generators propagate to the consumer, and the generator is finished.
def risky():
    yield 1
    raise RuntimeError("generator failed")
    yield 2
g = risky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(g, "done"))
def bad_stop():
    yield 1
    raise StopIteration("oops")
try:
    list(bad_stop())
except RuntimeError as e:
    print(type(e).__name__, e)

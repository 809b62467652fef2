# iter/next with defaults and exhaustion, and iter(callable, sentinel).
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
s = iter("ab")
print(iter(s) is s, list(s), list(s))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)

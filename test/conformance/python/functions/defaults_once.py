# Default values are evaluated once, at definition time.
calls = []
def stamp():
    calls.append("evaluated")
    return len(calls)
def f(x=stamp()):
    return x
print(f(), f(), f(10), calls)
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_to(1), append_to(2))
def shared(item, cache={}):
    cache[item] = cache.get(item, 0) + 1
    return cache
print(shared("a"), shared("a"), shared("b"))
print(f.__defaults__, shared.__defaults__)

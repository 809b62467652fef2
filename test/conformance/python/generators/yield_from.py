# yield from delegates to sub-iterables and returns the sub-generator's return value.
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from "ab"
    yield from range(2)
print(list(outer()))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4], []], 5])))

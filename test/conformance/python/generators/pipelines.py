# Generator pipelines: batching, windows, yield from, and lazy evaluation order.
def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i

def squares(source):
    for x in source:
        yield x * x

def batches(source, size):
    batch = []
    for x in source:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

for b in batches(squares(numbers(5)), 2):
    print("batch", b)

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))

def delegate():
    result = yield from inner()
    print("inner returned", result)

def inner():
    yield "a"
    yield "b"
    return "done"

print(list(delegate()))
gen = (x * 2 for x in range(3))
print(next(gen), list(gen), list(gen), sum(x for x in range(10) if x % 3 == 0))

# Generators: lazy sequences with yield, generator expressions, send(), return values and cleanup.
def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("done")
gen = countdown(3)
print(type(gen).__name__)
print(next(gen), next(gen))
for value in gen:
    print("got", value)
print(list(countdown(2)))
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
fib = fibonacci()
print([next(fib) for _ in range(10)])
def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item
print(list(take(5, fibonacci())), sum(take(20, fibonacci())))
squares = (x * x for x in range(5))
print(next(squares), list(squares), list(squares))
print(sum(x for x in range(100) if x % 3 == 0), max(len(w) for w in "a bb ccc".split()), any(x > 3 for x in [1, 5]))
def batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batches(range(7), 3)))
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = running_average()
next(avg)
print(avg.send(10), avg.send(20), avg.send(60))
def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 3
print(list(outer()))
def with_cleanup():
    try:
        yield "a"
        yield "b"
    finally:
        print("cleanup")
g = with_cleanup()
print(next(g))
g.close()
print(list(with_cleanup()))
def guarded():
    try:
        yield 1
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
g = guarded()
print(next(g), g.throw(ValueError("boom")))
def pipeline():
    numbers = (n for n in range(10))
    evens = (n for n in numbers if n % 2 == 0)
    return [n * 10 for n in evens]
print(pipeline())
def stop_early():
    yield 1
    return 42
g = stop_early()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value if hasattr(e, "value") else e.args)
print(dict((k, v) for k, v in zip("abc", range(3))), tuple(c.upper() for c in "hey"), sorted((x % 3, x) for x in range(6)))
def gen_with_break():
    for i in range(10):
        if i == 3:
            break
        yield i
    else:
        yield "no break"
    yield "after"
print(list(gen_with_break()))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
def broken():
    yield 1
    raise StopIteration
try:
    list(broken())
except RuntimeError as e:
    print("RuntimeError:", e)

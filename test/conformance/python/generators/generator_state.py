# Generators keep local state between resumptions; several run independently.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f1, f2 = fib(), fib()
print([next(f1) for _ in range(8)], next(f2), next(f1))
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, fib()), take(0, fib()))
def windows(seq, size):
    for i in range(len(seq) - size + 1):
        yield seq[i:i + size]
print(list(windows([1, 2, 3, 4, 5], 3)), list(windows("ab", 3)))

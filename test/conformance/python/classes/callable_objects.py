# Objects with __call__: counters, memoizers and a tiny "module" pipeline.
class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return len(args) + len(kwargs)

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

c = Counter()
print(c(1, 2), c(a=1), c(), c.calls, callable(c), callable(3))
print(fib(80), len(fib.cache), type(fib).__name__)

class Sequential:
    def __init__(self, *steps):
        self.steps = steps

    def __call__(self, x):
        for step in self.steps:
            x = step(x)
        return x

pipeline = Sequential(lambda x: x + 1, abs, str, lambda s: s * 2)
print(pipeline(-5), repr(pipeline(3)))

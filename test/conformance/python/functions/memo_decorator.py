# A hand-written memoizing decorator with call counting.
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
calls = 0
@memoize
def slow_square(n):
    global calls
    calls += 1
    return n * n
print([slow_square(i % 4) for i in range(12)], calls, sorted(slow_square.cache.items()))

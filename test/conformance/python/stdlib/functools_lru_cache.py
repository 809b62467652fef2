# lru_cache memoizes, reports cache statistics and evicts least recently used entries.
from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n
for n in [1, 2, 1, 3, 2, 1]:
    square(n)
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__name__)
@cache
def slow_add(a, b=0):
    print("adding", a, b)
    return a + b
print(slow_add(1, 2), slow_add(1, 2), slow_add(1, b=2), slow_add.cache_info().hits)
@lru_cache
def ident(x):
    return x
print(ident(3), ident.cache_info())

# Recursion with memoisation (lru_cache and a dict), recursion errors, and mutual recursion.
import functools

@functools.lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)

print(ways(30), ways(100), ways.cache_info())

memo = {}
def binom(n, k):
    if k in (0, n):
        return 1
    if (n, k) not in memo:
        memo[(n, k)] = binom(n - 1, k - 1) + binom(n - 1, k)
    return memo[(n, k)]

print(binom(40, 20), len(memo))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print(is_even(100), is_odd(7))

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)

# Memoised recursion for counting paths and making change.
from functools import lru_cache
@lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(2, 2), paths(10, 10), paths(16, 16))
def ways(amount, coins):
    table = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            table[a] += table[a - coin]
    return table[amount]
print(ways(100, [1, 5, 10, 25, 50]), ways(10, [2, 5, 3, 6]), ways(0, [1]))

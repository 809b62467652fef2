# Generator expressions are lazy and single-use; the first iterable is evaluated eagerly.
calls = []
def source():
    calls.append("source")
    return [1, 2, 3]
g = (x * 10 for x in source())
print(calls)
print(next(g), list(g), list(g))
nums = [1, 2, 3]
lazy = (n for n in nums)
nums.append(4)
print(list(lazy))
print(sum(x for x in range(100) if x % 7 == 0), max((len(w), w) for w in "a bb ccc".split()))
pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))

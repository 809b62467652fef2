# Deduplicating while keeping order, and set iteration order of small ints.
items = [5, 3, 5, 1, 3, 9, 1]
seen = set()
unique = []
for x in items:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, list(dict.fromkeys(items)), sorted(set(items)), set(items))
print({10, 1, 5, 100, 33}, set(range(20, 0, -3)), {-1, -2, 0})
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)

# Unpacking in for loops: tuples, nested tuples, dict items, enumerate and zip.
points = [(1, 2), (3, 4)]
for x, y in points:
    print(x * y, end=" ")
print()
for i, (x, y) in enumerate(points, 1):
    print(i, x, y)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
scores = {"ann": [90, 85], "bob": [70, 95]}
for name, (first, second) in scores.items():
    print(name, max(first, second))
for first, *rest in ["abc", "de"]:
    print(first, rest)

# Dictionary key and item views support set operations with any iterable.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() - b), sorted(a.keys() | ["q"]), sorted(a.keys() ^ b.keys()))
print(a.items() & {("x", 1), ("y", 99)}, len(a.keys()), len(a.values()), len(a.items()), list(reversed(a.values())))
print(a.keys() == {"x", "y", "z"}, "x" in a.keys(), ("x", 1) in a.items(), 1 in a.values())

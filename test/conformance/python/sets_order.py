# Sets of numbers print in CPython's hash-table order, not insertion order.
print({3, 1, 2}, set([10, 5, 7, 1]), {100, 8, 16, 0}, {-1, -2, 5})
print(set(range(20, 0, -3)), {x * 7 for x in range(12)}, {1.5, 2.0, 0.5, True})
s = set()
for n in [64, 32, 16, 8, 4, 2, 1, 0, 9, 17]:
    s.add(n)
print(s, len(s), list(s)[:3], sorted(s)[:3])
print({(1, 2), (0, 0)} == {(0, 0), (1, 2)}, {None, 0} == {0, None}, frozenset([3, 2, 1]))
big = {2 ** 40, 2 ** 61 + 5, -(2 ** 70), 12345678901}
print(big)
print({0.1, 0.2, 0.30000000000000004})

# Set algebra, comparisons and methods on small ints.
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(range(3)), a.difference({1}), sorted(a.symmetric_difference([4, 8])))
print({1, 2} < a, {1, 2} <= {1, 2}, a > {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({7}))
s = set()
s.add(3); s.add(3); s.update([1, 2], (7,)); s.discard(99); s.remove(1)
print(s, len(s), 2 in s, s.pop() in {2, 3, 7}, len(s))
s.intersection_update({2, 7, 9}); print(s)
s.difference_update({7}); print(s)
s.symmetric_difference_update({5}); print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(frozenset([3, 1]), {frozenset([1]): "ok"}, set("aab") == {"a", "b"}, set(), {(1, 2), (1, 2)})

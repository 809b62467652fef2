# Tuples: packing, unpacking, immutability, hashing and single-element syntax.
t = 1, 2, 3
print(t, type(t).__name__, (1), (1,), tuple(), tuple("ab"), t * 2, t + (4,))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
print(t.count(2), t.index(3), len(t), 2 in t, t[::-1], t[1:], min(t), sum(t))
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u, hash((1, 2)) == hash((1, 2)), {(1, 2): "point"}[(1, 2)])
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
lt = ([1],)
lt[0].append(2)
print(lt)

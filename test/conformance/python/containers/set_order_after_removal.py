# Set iteration order after removals and re-insertions (CPython reuses the deleted slots).
s = {1, 2, 3, 4, 5, 6, 7}
s.discard(3)
s.add(11)
print(s)
s.remove(1)
s.add(9)
s.add(17)
print(s, len(s))
t = set(range(10))
for x in range(0, 10, 2):
    t.discard(x)
t |= {20, 12, 4}
print(t)
u = {100, 200, 300}
u.pop()
u.add(8)
print(u, sorted(u))
v = set()
for i in range(20):
    v.add(i * 7 % 13)
    if i % 3 == 0:
        v.discard(i % 5)
print(v)

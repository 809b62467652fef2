# Subclasses of dict and list that override __getitem__/__setitem__/__delitem__: item syntax calls the overrides,
# super() and the unbound methods reach the built-in ones (with their argument-count errors), __missing__ still applies.
class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
d = D()
d[1] = 2
print(d[1])
d[1] += 3
print(dict(d), d.get(1))
del d[1]
print(d)
class M(dict):
    def __missing__(self, k):
        return k * 2
m = M(a=1)
print(m["a"], m["zz"], dict.__getitem__(m, "q"))
class L(list):
    def __getitem__(self, i):
        print("lget", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("lset", i, v)
        super().__setitem__(i, v)
    def __delitem__(self, i):
        print("ldel", i)
        super().__delitem__(i)
l = L([1, 2, 3, 4])
l[0] = 5
print(l[0], l[1:3], l[::2])
l[1:2] = [7, 8]
del l[0]
print(l, list(l), len(l))
class Plain(list):
    pass
p = Plain([1, 2, 3])
p[0] = 9
print(p[0], p[:2], p)
print(dict.__getitem__({1: 2}, 1), list.__getitem__([5, 6], -1))
x = {}
dict.__setitem__(x, "k", "v"); print(x)
dict.__delitem__(x, "k"); print(x)
for f in [lambda: {}.__getitem__(), lambda: [].__getitem__(), lambda: {}.__setitem__(1), lambda: [].__setitem__(1), lambda: {}.__delitem__(), lambda: [].__delitem__()]:
    try:
        f()
    except TypeError as e:
        print(e)
try:
    dict.__getitem__({}, "missing")
except KeyError as e:
    print("KeyError", e)
try:
    list.__getitem__([], 3)
except IndexError as e:
    print("IndexError", e)
class Counter2(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) if k in self else 0
c = Counter2()
for w in "a b a c a".split():
    c[w] += 1
print(sorted(c.items()))

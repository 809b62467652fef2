# Identity is stable for an object's lifetime; `is` on small values used deterministically.
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
x = object()
y = object()
print(x is x, x is y, x == y, type(x).__name__)
def same(p, q):
    return p is q
print(same(a, b), same(None, None), same(True, True), same(a, c))

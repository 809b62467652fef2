# Calls whose arguments bind straight to parameters, and the cases next to them that need the full binder.
def pair(a, b):
    return (a, b)

def with_default(a, b=2):
    return (a, b)

def star(*args):
    return args

def kwonly(a, *, b=3):
    return (a, b)

for f, args in [(pair, (1, 2)), (with_default, (1,)), (with_default, (1, 5)), (star, ()), (star, (1, 2, 3)), (kwonly, (4,))]:
    print(f.__name__, f(*args))

for call in [lambda: pair(1), lambda: pair(1, 2, 3), lambda: with_default(), lambda: kwonly(1, 2), lambda: pair(1, a=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# Rebinding a global function between calls from the same site.
def site():
    return pair(5, 6)
print(site())
def pair(a, b, c=7):
    return [a, b, c]
print(site())
pair = len
try:
    site()
except TypeError as e:
    print("TypeError:", e)

# Rebinding a builtin at module level and restoring it.
def length(x):
    return len(x)
print(length("abc"))
len = lambda x: "shadowed"
print(length("abc"))
del len
print(length("abc"))

# Closures over parameters and recursion deep enough to need many frames.
def counter(start):
    def step(by):
        nonlocal start
        start += by
        return start
    return step
s = counter(10)
print(s(1), s(2), s(3))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))


# Bound methods stored and called later; classes called with positional and keyword arguments.
class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def norm1(self):
        return abs(self.x) + abs(self.y)
ps = [Point(i, -i) for i in range(4)] + [Point(x=3), Point(1, y=2)]
getters = [p.norm1 for p in ps]
print([g() for g in getters])
try:
    Point()
except TypeError as e:
    print("TypeError:", e)

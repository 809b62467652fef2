# Instance creation, defaults and operator dispatch to Python dunders, with the class changed between calls.
class V:
    def __init__(self, x, tag='v', scale=1):
        self.x = x * scale
        self.tag = tag

    def __add__(self, other):
        return V(self.x + other.x, 'sum')

    def __repr__(self):
        return f'V({self.x}, {self.tag!r})'


a, b = V(1), V(2, 'b')
print(a, b, V(3, 'c', 10))
for _ in range(3):
    print(a + b)

# __add__ replaced after the operator ran through it.
def add_twice(self, other, extra=None):
    return V(2 * (self.x + other.x), 'twice' if extra is None else extra)

V.__add__ = add_twice
print(a + b)

# __init__ replaced on the class; defaults of a function changed after calls.
def init2(self, x, tag='new'):
    self.x = -x
    self.tag = tag

for _ in range(2):
    print(V(5))
V.__init__ = init2
print(V(5), V(6, 't'))
try:
    V(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    V()
except TypeError as e:
    print('TypeError:', e)

# __init__ returning something other than None.
class Bad:
    def __init__(self, n):
        self.n = n
        return n

for n in (None, 0):
    try:
        print(Bad(n).n)
    except TypeError as e:
        print('TypeError:', e)

# Defaults filled on direct calls: functions, methods and nested calls.
def f(a, b=2, c=3):
    return (a, b, c)

print(f(1), f(1, 20), f(1, 20, 30))
try:
    f()
except TypeError as e:
    print('TypeError:', e)
def g(a, b, c=3):
    return (a, b, c)

print(g(1, 2), g(1, 2, 4))
try:
    g(1)
except TypeError as e:
    print('TypeError:', e)

# A subclass overriding the dunder; NotImplemented falling back to the reflected method.
class W(V):
    def __add__(self, other):
        return 'W.__add__'

    def __radd__(self, other):
        return 'W.__radd__'


print(V(1) + W(2), W(1) + V(2), W(1) + W(2))

class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, N):
            return N(self.v + other.v)
        return NotImplemented

    def __radd__(self, other):
        return N(other + self.v)

    def __mul__(self, other):
        return NotImplemented


print((N(1) + N(2)).v, (3 + N(4)).v)
try:
    N(1) * N(2)
except TypeError as e:
    print('TypeError:', e)

class OnlyR:
    def __radd__(self, other):
        return 'radd'

try:
    OnlyR() + OnlyR()
except TypeError as e:
    print('TypeError:', e)
print(1 + OnlyR())

# In-place operators: __iadd__ first, then __add__.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

acc = Acc()
for i in range(3):
    acc += i
print(acc.items)
Acc.__iadd__ = lambda self, x, y=None: NotImplemented
Acc.__add__ = lambda self, x: 'via __add__'
acc += 1
print(acc)

# A __new__ on the class takes creation back from the direct path.
class Counted:
    made = 0

    def __init__(self, x):
        self.x = x

for i in range(2):
    print(Counted(i).x)

def new(cls, x):
    Counted.made += 1
    return object.__new__(cls)

Counted.__new__ = new
print(Counted(5).x, Counted.made)

# Instances in sets: identity hashing, then a class-defined __hash__ and __eq__.
class P:
    def __init__(self, k):
        self.k = k

ps = [P(i) for i in range(4)]
s = set()
for p in ps + ps:
    if p not in s:
        s.add(p)
print(len(s), ps[0] in s, P(0) in s)
P.__hash__ = lambda self: hash(self.k)
P.__eq__ = lambda self, other: self.k == other.k
print(P(2) in {P(1), P(2)}, P(3) in {P(1), P(2)})
P.__hash__ = None
try:
    {P(1)}
except TypeError as e:
    print('TypeError:', e)

# An error inside __init__ and inside a dunder keeps CPython's traceback frames.
class Boom:
    def __init__(self, x):
        self.x = 1 / x

    def __mul__(self, other):
        return self.x / other.x

print(Boom(2) * Boom(4))
Boom(1) * Boom(0.5)
Boom(0)

# Chained arithmetic (`a * b + c - d`, `s += a * b`), whose intermediate floats compiled code keeps unboxed: every
# mix of ints, floats, bools, big ints and other objects at any position, -0.0, inf and nan, zero divisors and
# overflow part-way, evaluation order, and user classes whose operators see the partial results.
big = 2 ** 60
w, b, y = 0.5, -0.25, 3.0
for x in (2, 2.0, True, big, -0.0, 1e308, float("inf"), float("nan")):
    r = w * x + b - y
    s = x * x * x - x / 4 + 1
    try:
        t = (x + 1) * (x - 1) ** 2
    except OverflowError as e:
        t = e
    print(repr(x), repr(r), repr(s), repr(t), type(r).__name__, type(t).__name__)
print(1 + 2 * 3 - 4, 2 ** 10 * 3 + 1, 7 * 6 // 4 + 1, big * 4 + 1 - big, (big + 1) * 3 - 2, 10 / 4 * 2 + 1)
print(-0.0 * 1 + 0, 0 * -1.0 - 0.0, -0.0 - 0.0 * 1, (-0.0) * 2.0 * 3, 0.0 * -1.0 + -0.0, 1 - 1.0 * 1)
print(0.1 + 0.2 + 0.3, 0.1 * 3 - 0.3, 1e16 + 1.0 + 1.0, 1.0 + 1e16 - 1e16, 3 * 0.1 / 0.3, 2.0 ** 0.5 * 2 ** 0.5)
print(True + True * 1.5, False - 2.5 * True, 1.5 * True - False, (2.5 + 1) * True ** 2)
print("ab" + "cd" + "e", "ab" * 2 + "c", [1] * 2 + [3], (1,) + (2,) * 2)
acc = 0.0
count = 0
big_acc = 2 ** 53 - 1
for i in range(5):
    acc += i * 0.5 + 1
    acc -= i / 4 * 0.5
    count += i * 2 + 1
    big_acc += i * 3
print(repr(acc), count, big_acc, type(big_acc).__name__)
acc = 1.5
acc *= 2 * 2.0 - 1
acc /= 3 + 0.0
acc **= 2 - 1 * 0.5
acc -= True * 2
print(repr(acc))
attempts = [
    lambda: w * 2 + 1 / 0,
    lambda: w * 2 / (y - 3.0) + 1,
    lambda: (w + 1) / (2 - 2) * 3,
    lambda: 1e308 * 10.0 ** 10 + 1,
    lambda: (w + 1) ** 5000 * 2 + 1,
    lambda: (0.0 - 0.0) ** -1 + 1,
    lambda: w * 2 + None,
    lambda: w * "s" + 1,
    lambda: "s" + w * 2,
    lambda: (w + 1) % 0 * 2,
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
def add(v, other):
    v += other
    return v
def sub(v, other):
    v -= other
    return v
def mul(v, other):
    v *= other
    return v
def power(v, other):
    v **= other
    return v
def floordiv(v, other):
    v //= other
    return v
def mod(v, other):
    v %= other
    return v
updates = [add, sub, mul, power, floordiv, mod]
acc = 2.5
for bad in (0, 0.0, "x", None, [1]):
    try:
        acc /= bad
    except Exception as e:
        print(type(e).__name__, e, acc)
    for update in updates:
        try:
            print(update(acc, bad))
        except Exception as e:
            print(update.__name__, type(e).__name__, e, acc)

trace = []
def val(name, v):
    trace.append(name)
    return v
print(val("a", 1.5) * val("b", 2) + val("c", 3.0) - val("d", 1) / val("e", 4.0), trace)
trace.clear()
try:
    val("a", 1.5) * val("b", None) + val("c", 3.0)
except TypeError as e:
    print("TypeError", e, trace)

class Meter:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Meter({self.v!r})"
    def __add__(self, other):
        return Meter(self.v + (other.v if isinstance(other, Meter) else other))
    __radd__ = __add__
    def __mul__(self, other):
        return Meter(self.v * other)
    __rmul__ = __mul__
    def __truediv__(self, other):
        return Meter(self.v / other)
    def __sub__(self, other):
        return Meter(self.v - other)
    def __rsub__(self, other):
        return Meter(other - self.v)
    def __iadd__(self, other):
        self.v += other * 10
        return self
m = Meter(2.0)
print(m * 1.5 + 0.25, 0.5 * 2.0 * m + 1.0, 1.0 - m * 2.0 / 4, 2.5 * 2.0 + m, (m + 1) * 2.0 - 1.0)
m += 0.5 * 3.0
print(m)
total = 0.5
total += m * 1.0
print(total)

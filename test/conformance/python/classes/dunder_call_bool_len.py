# __call__ makes instances callable; __bool__ and __len__ decide truthiness.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
double = Multiplier(2)
print(double(21), list(map(double, [1, 2])), callable(double))
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print(bool(Box([])), bool(Box([1])), bool(Flag(False)), "yes" if Flag(True) else "no", not Box([]))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

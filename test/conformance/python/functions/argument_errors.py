# TypeErrors for wrong argument counts and names.
def f(a, b, c=3):
    return a + b + c
cases = [lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, a=1), lambda: f(1, 2, d=4), lambda: f()]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(type(e).__name__, e)
def g():
    pass
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def method(self, x):
        return x
try:
    K().method()
except TypeError as e:
    print(type(e).__name__, e)
try:
    K().method(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# None is a singleton that compares only by identity.
x = None
print(x, repr(x), str(x), type(x).__name__, x is None, x == None, x is not None)
print(bool(None), None or 5, None and 5, [None] * 3, {None: 1})
def nothing():
    pass
print(nothing(), nothing() is None)
def early(flag):
    if flag:
        return
    return 1
print(early(True), early(False))
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
nothing_value = None
try:
    nothing_value()
except TypeError as e:
    print(type(e).__name__, e)

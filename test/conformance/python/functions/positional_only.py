# Positional-only parameters before /.
def power(base, exp=2, /, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
print(power(3), power(2, 10), power(2, 10, mod=1000))
try:
    power(base=2)
except TypeError as e:
    print(type(e).__name__, e)
def mixed(a, /, b, *, c):
    return a, b, c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def kw_collect(a, /, **kw):
    return a, kw
print(kw_collect(1, a=2))
try:
    mixed(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

# reduce with and without an initial value; partial application.
from functools import reduce, partial
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, ch: ch + acc, "abc", ""), reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: a, [42]))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(type(e).__name__, e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print(square(5), cube_mod(7), two_to(10), square.args, square.keywords, two_to.func is power)
base_two = partial(int, base=2)
print(base_two("1010"), list(map(partial(round, ndigits=1), [1.25, 2.35])))
nested = partial(partial(power, 3), 4)
print(nested(), nested.args)

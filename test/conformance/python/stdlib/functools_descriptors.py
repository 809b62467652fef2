# functools.cached_property, partialmethod, singledispatch and singledispatchmethod, and the descriptor
# protocol they rest on (__get__, __set__, __set_name__).
import functools
from functools import cached_property, partialmethod, singledispatch, singledispatchmethod


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        """The sum of the values."""
        self.computed += 1
        return sum(self.values)


d = Dataset([1, 2, 3])
print(d.total, d.total, d.computed, 'total' in d.__dict__)
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total, type(Dataset.total).__name__, Dataset.total.attrname, Dataset.total.__doc__)

try:
    class Twice:
        p = cached_property(lambda self: 1)
        q = p
except Exception as e:
    print(type(e).__name__, e)


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state, *, verbose=False):
        self._alive = state
        if verbose:
            print('state ->', state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, verbose=True)


c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)
print(repr(Cell.__dict__['set_alive'])[:40])


@singledispatch
def describe(x):
    return f'object {x!r}'


@describe.register
def _(x: int):
    return f'int {x}'


@describe.register(float)
def _describe_float(x):
    return f'float {x:.2f}'


@describe.register(list)
@describe.register(tuple)
def _(x):
    return f'sequence of {len(x)}'


def describe_str(x):
    return f'str {x.upper()}'


describe.register(str, describe_str)
for value in [1, True, 2.5, 'ab', [1, 2], (1,), {1: 2}, None]:
    print(describe(value))
print(describe.dispatch(bool).__name__, describe.dispatch(dict).__name__, describe.__name__, describe.__wrapped__.__name__)
print(sorted(t.__name__ for t in describe.registry))
for bad in [lambda: describe(), lambda: describe.register(lambda x: x), lambda: describe.register(3, len)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', str(e).split(' at 0x')[0])


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f'? {arg}'

    @fmt.register
    def _(self, arg: int):
        return f'int {arg}'

    @fmt.register
    def _(self, arg: str):
        return f'str {arg}'


f = Formatter()
print(f.fmt(3), f.fmt('x'), f.fmt(2.0))


class Typed:
    """A data descriptor: __set__ validates, __get__ reads the instance's storage."""

    def __set_name__(self, owner, name):
        self.name = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name[1:]} must be an int')
        setattr(obj, self.name, value)


class Point:
    x = Typed()
    y = Typed()

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
p.x = 5
print(p.x, p.y, sorted(vars(p)), type(Point.x).__name__)
try:
    p.y = 'no'
except TypeError as e:
    print('TypeError:', e)


def plain(self, k):
    return (self, k)


print(plain.__get__(1)(2), plain.__get__(None, int) is plain, staticmethod(len).__get__(1)([1, 2]), classmethod(plain).__get__(None, int)(0))
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.partial(max, 3)(1))

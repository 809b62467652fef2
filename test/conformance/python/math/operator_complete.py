# The operator module: in-place forms, item setters, methodcaller, attrgetter paths, index, length_hint.
import operator
from operator import attrgetter, itemgetter, methodcaller

xs = [1, 2]
ys = operator.iadd(xs, [3])
print(xs, ys is xs, operator.iadd(1, 2), operator.isub(5, 2), operator.imul([0], 3), operator.itruediv(7, 2))
print(operator.ifloordiv(7, 2), operator.imod(7, 3), operator.ipow(2, 10), operator.ilshift(1, 4), operator.irshift(64, 2))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3), operator.iconcat([1], (2,)), operator.concat('a', 'b'))
s = {1}
print(operator.ior(s, {2}) is s, s)
d = {}
operator.setitem(d, 'k', 1)
operator.setitem(xs, 0, 'first')
print(d, xs, operator.delitem(xs, 1), xs, operator.getitem('abc', slice(1, None)))
print(operator.index(7), operator.index(True), operator.inv(5), operator.invert(0), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'))
print(operator.length_hint([1, 2, 3]), operator.length_hint(5), operator.length_hint(5, 9), operator.call(max, 1, 3, key=abs))


class Hinted:
    def __length_hint__(self):
        return 4


print(operator.length_hint(Hinted()), operator.__add__(1, 2), operator.__not__(0), operator.__getitem__([5], 0), operator.__iadd__([1], [2]))

upper = methodcaller('upper')
split = methodcaller('split', ',', maxsplit=1)
print(upper('abc'), split('a,b,c'), repr(split), repr(methodcaller('f')))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child


tree = Node('root', Node('leaf', Node('deep')))
print(attrgetter('child.child.name')(tree), attrgetter('name', 'child.name')(tree), repr(attrgetter('a.b', 'c')))
print(sorted([(1, 'b'), (0, 'a'), (1, 'a')], key=itemgetter(0, 1)), itemgetter(slice(0, 2))('hello'))

for bad in [lambda: operator.concat(1, 2), lambda: operator.index(1.5), lambda: operator.indexOf([1, 2], 3),
            lambda: methodcaller(), lambda: methodcaller(1), lambda: attrgetter(1), lambda: itemgetter(),
            lambda: operator.length_hint(5, 'x'), lambda: upper(), lambda: operator.setitem([1], 0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

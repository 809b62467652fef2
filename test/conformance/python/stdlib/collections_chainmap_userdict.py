# collections.ChainMap, UserDict and UserList.
from collections import ChainMap, UserDict, UserList, Counter, OrderedDict

defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'ada'}
cm = ChainMap(args, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), list(cm), cm.get('missing', 0), 'color' in cm)
print(cm)
cm['color'] = 'blue'
print(args, defaults, cm.maps)
child = cm.new_child({'user': 'bob'})
print(child['user'], child.parents['user'], child.parents.parents)
print(list(child.items()), list(child.keys()), list(child.values()))
print(dict(child), ChainMap(), bool(ChainMap()), bool(ChainMap({}, {'a': 1})))
try:
    del cm['user_missing']
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
print(cm.pop('color'), cm, cm.copy() == cm, ChainMap({'a': 1}) == {'a': 1})
print(cm | {'z': 1}, ChainMap.fromkeys('ab', 0), child.new_child(k=1).maps[0])
try:
    ChainMap()['nope']
except KeyError as e:
    print('KeyError', e)


class Registry(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


r = Registry({'A': 1}, B=2)
r['C'] = 3
r.update({'D': 4}, E=5)
print(r, len(r), r['a'], 'b' in r, sorted(r.keys()), r.data)
print(r.get('zz'), r.pop('a'), r.setdefault('f', 6), r.popitem(), r)
print(type(r.copy()).__name__, r.copy(), r == {'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}, r | {'x': 0})


class WithMissing(UserDict):
    def __missing__(self, key):
        return key * 2


w = WithMissing()
print(w['ab'], w.get('ab'), 'ab' in w)
try:
    UserDict()['k']
except KeyError as e:
    print('KeyError', e)


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([3, 1, 2])
s.push(5)
print(s, s.peek(), len(s), s[1:], type(s[1:]).__name__, s + [9], [0] + s, s * 2)
s.sort()
s.reverse()
print(s, s.index(3), s.count(1), 2 in s, s == [5, 3, 2, 1], s < [6], list(reversed(s)))
s += (7,)
s.extend(Stack([8]))
s.insert(0, -1)
print(s, s.pop(), s.pop(0), s)
s.remove(3)
del s[0]
s[0] = 'x'
print(s, s.copy(), UserList(), UserList('ab'))
print(Counter('abca').most_common(1), OrderedDict(a=1))

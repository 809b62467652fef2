import copy


class Layer:
    def __init__(self, weights, name):
        self.weights = weights
        self.name = name

    def __repr__(self):
        return f'Layer({self.name}, {self.weights})'


shared = [1, 2]
original = {'a': shared, 'b': shared, 'layer': Layer([0.5, 0.25], 'fc'), 't': (1, [2])}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original['layer'].weights.append(9)
shared.append(3)
print(shallow)
print(deep)
print(deep['a'] is deep['b'], shallow['a'] is original['a'], deep['t'] is original['t'])
cycle = [1]
cycle.append(cycle)
copied = copy.deepcopy(cycle)
print(copied[1] is copied, copied is not cycle)
frozen = (1, 'a', (2, 3))
print(copy.deepcopy(frozen) is frozen, copy.copy([1, [2]]), copy.copy(5), copy.deepcopy(None))


class WithHooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('copy hook')
        return WithHooks(self.v)

    def __deepcopy__(self, memo):
        print('deepcopy hook')
        return WithHooks(copy.deepcopy(self.v, memo))


h = WithHooks([1])
print(copy.copy(h).v, copy.deepcopy(h).v is not h.v)
best = {'epoch': 3, 'params': [[0.1, 0.2], [0.3]]}
snapshot = copy.deepcopy(best)
best['params'][0][0] = 99
print(snapshot)

# partial to specialise key functions and reduce for composition.
from functools import partial, reduce
def distance(p, q):
    return abs(p[0] - q[0]) + abs(p[1] - q[1])
points = [(5, 5), (1, 2), (0, 0), (3, 1)]
print(sorted(points, key=partial(distance, (0, 0))), min(points, key=partial(distance, (4, 4))))
compose = lambda *fns: reduce(lambda f, g: lambda x: f(g(x)), fns)
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), reduce(lambda acc, d: acc * 10 + d, [1, 2, 3], 0))

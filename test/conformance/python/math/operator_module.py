# The operator module with map, sorted and reduce.
import operator
from functools import reduce
print(operator.add(2, 3), operator.mul(4, 5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.neg(5), operator.not_(0))
print(reduce(operator.mul, range(1, 6)), list(map(operator.sub, [10, 20], [1, 2])), operator.lt(1, 2), operator.contains([1, 2], 2))
records = [("bob", 25, "ops"), ("ann", 31, "dev"), ("cy", 25, "dev")]
print(sorted(records, key=operator.itemgetter(1, 0)), list(map(operator.itemgetter(0), records)))
class P:
    def __init__(self, name):
        self.name = name
print([p.name for p in sorted([P("z"), P("a")], key=operator.attrgetter("name"))], operator.itemgetter("k")({"k": 9}))

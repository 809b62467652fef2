# OrderedDict: move_to_end, popitem(last=False) and order-sensitive equality.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), od["a"])
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
x = OrderedDict([("k1", 1), ("k2", 2)])
y = OrderedDict([("k2", 2), ("k1", 1)])
print(x == y, dict(x) == dict(y), x == {"k2": 2, "k1": 1}, OrderedDict())

# The built-in type constructors converting between each other.
print(int("7"), float("7"), str(7), bool(7), list("ab"), tuple([1, 2]), set([1, 1, 2]), dict([(1, 2)]))
print(list(), tuple(), dict(), set(), str(), int(), float(), bool(), frozenset())
print(list({"a": 1, "b": 2}), list({3: 0}.items()), tuple(range(3)), list(map(float, [1, 2])), dict(a=1).copy())
print(int(True), int(-2.7), float("1e-3"), str(1.5), list((1,)), list(range(3)))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(5)
except TypeError as e:
    print(type(e).__name__, e)

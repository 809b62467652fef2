# map and filter are lazy iterators; with None and multiple iterables.
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda n: n % 2, range(10))))
m = map(abs, [-1, -2, 3])
print(next(m), list(m), list(m))
print(sum(map(int, "1 2 3".split())), max(map(len, ["ab", "abc", "a"])), sorted(map(str.upper, "cab")))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(5, [1])
    print(list(map(5, [1])))
except TypeError as e:
    print(type(e).__name__, e)

# sum with start, abs, round, divmod and pow builtins.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2]], []), sum((x * x for x in range(5))), sum([]))
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-10 ** 30))
print(round(3.14159, 2), round(-2.5), round(17, -1), divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, 10, 1000))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)

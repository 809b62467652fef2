# Comparisons chain and mix ints, floats and bools.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(True == 1, False == 0, True + True, 10 ** 20 > 1e19, 10 ** 400 > 1e308)
print(-0 == 0, 0.0 == -0.0, 5 != 5.0, 1 <= 1 < 2 >= 2)
x = 5
print(0 < x < 10, 0 < x > 4, x == 5.0)
print(max(1, 1.0), max(1.0, 1), min(0, False), sorted([3, 1.5, True, 0]))
try:
    print(1 < "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < 2)
except TypeError as e:
    print(type(e).__name__, e)

# `/` always returns a float, rounded correctly even for big ints.
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3, 10 / 4)
print(10 ** 20 / 3, 2 ** 60 / 2 ** 30, (10 ** 30 + 1) / 10 ** 15)
print(1 / 7 * 7, 0.1 + 0.2, 3 * 0.1, 1 - 0.9)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.5 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399)

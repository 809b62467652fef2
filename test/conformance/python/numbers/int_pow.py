# Integer powers, negative exponents and three-argument pow.
print(2 ** 10, (-2) ** 3, -2 ** 2, 2 ** -1, 2 ** -2, 10 ** 0, 0 ** 0)
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7), pow(7, -1, 11))
print(pow(2, 0.5), 4 ** 0.5, (-8) ** (1 / 3) if False else 'skip', 2.0 ** 10)
print(pow(12345678901234567890, 3, 10 ** 9 + 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# Floor division and modulo follow the sign of the divisor.
for a in (7, -7, 0, 13, -13):
    for b in (3, -3, 5):
        print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, divmod(-7.5, 2))
print(5 // 0.5, 5 % -0.75, 1e300 % 7)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(divmod(3, 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

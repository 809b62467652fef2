# round() with banker's rounding, divmod and floor division with negatives, as CPython defines them.
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.4999)])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-2.5), round(7, -1), round(15, -1), round(25, -1))
print(round(123.456, -1), round(123.456, -2), round(1e300, 2), round(3.14159, 3), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (1, 0.3)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(divmod(10**20, 7), (-10**20) // 7, (-10**20) % 7, pow(3, 200, 1000007), pow(-2, 3), pow(2, -1))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

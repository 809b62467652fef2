# Numbers: ints of any size, floats, and the operators' exact semantics.
print(7 + 3, 7 - 3, 7 * 3, 7 / 3, 7 // 3, 7 % 3, 7 ** 3)
print(-7 // 3, -7 % 3, 7 // -3, 7 % -3, -7 // -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(1 / 2, 4 / 2, 2 ** -1, 2 ** 0.5, (-8) ** 2, -8 ** 2)
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 10 / 3, 1e16, 1e15, 123456789012345678.0)
print(1e-4, 1e-5, 0.0001, 0.00001, 1.5e-10, 1e22, 1e21, 2.5e+300)
print(float('inf'), float('-inf'), float('nan'), -0.0, 0.0, 1.0, -1.5)
print(2 ** 64, 2 ** 100 - 1, -(2 ** 70), 10 ** 30 // 7, 10 ** 30 % 7, (10 ** 20) * (10 ** 20))
print(2 ** 53 + 1, 2 ** 53 - 1, 9007199254740993 * 3, 12345678901234567890 + 1)
big = 1
for i in range(1, 31):
    big *= i
print("30! =", big, len(str(big)))
print(abs(-5), abs(-5.5), abs(2 ** 80 * -1), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3), round(1234, -2), round(0.5), round(1.5))
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(2, 100, 1000))
print(int(3.9), int(-3.9), int("  42 "), int("ff", 16), int("0b101", 0), float("  -1.5e3 "), float(7))
print(True + True, True * 10, False - 1, 3 / True)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -1 >> 1, 1 << 70)
print(1 < 2 < 3, 1 < 3 < 2, 2 == 2.0, 1 != 1.0, 3 > 2 >= 2, "a" < "b" < "c")
print(1 == True, 0 == False, None is None, [] is [], 1 in [1, 2], 3 not in (1, 2))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(max(3, 7.5), min(-1, -1.5), sum([0.1] * 10), sum(range(101)))
print(17 // 5 * 5 + 17 % 5, -17 // 5 * 5 + -17 % 5)
print(10 / 4, 10 // 4, 10.0 // 4, -10 // 4, 10 % 4.5)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324)
print(3 * 1.1, 1.1 + 2.2, 100 * 1.1, 0.1 ** 2)
print(int(1e20), int(-1e20), float(2 ** 60), 2 ** 0.5 * 2 ** 0.5)
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "5.0 % 0", "0 ** -1", "divmod(1, 0)"]:
    try:
        eval_result = None
        if expr == "1 / 0": eval_result = 1 / 0
        elif expr == "1 // 0": eval_result = 1 // 0
        elif expr == "1 % 0": eval_result = 1 % 0
        elif expr == "1.0 / 0": eval_result = 1.0 / 0
        elif expr == "1.0 // 0.0": eval_result = 1.0 // 0.0
        elif expr == "5.0 % 0": eval_result = 5.0 % 0
        elif expr == "0 ** -1": eval_result = 0 ** -1
        else: eval_result = divmod(1, 0)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__ + ":", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(int(float('inf')))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] * 2.5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(-"a")
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)

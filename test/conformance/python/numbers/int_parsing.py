# int() with bases, prefixes, underscores and whitespace.
print(int("42"), int("  -17 "), int("+5"), int("1_000_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("101", 2), int("777", 8), int("10", 3))
print(int(3.9), int(-3.9), int(True), int(1e20))
for text in ["12.5", "", "abc", "1__0", "0x", "08"]:
    try:
        print(int(text))
    except ValueError as e:
        print(type(e).__name__, e)
for text, base in [("12", 1), ("9", 8), ("08", 0)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)

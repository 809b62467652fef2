# Conversions between ints and strings, including digit limits.
print(str(12345), repr(-7), str(2 ** 100), int(str(2 ** 100)) == 2 ** 100)
print(format(255, "b"), format(255, "x"), format(255, "o"), format(255, "#x"), format(-255, "#b"))
print(int(" 0b1010 ", 0), int("-0x1F", 16), int("1" * 30))
print(chr(65), ord("A"), chr(0x263A), ord("\n"), [ord(c) for c in "hey"])
print(str(-0), str(0b1111), str(0o777), str(0xABC), str(1_000))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)

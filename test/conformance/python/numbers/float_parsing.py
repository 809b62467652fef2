# float() accepts decimal text, underscores and special names.
for text in ["3.14", "  -2.5  ", "1e3", "1E-3", ".5", "5.", "1_000.5", "+0.0", "-0", "0x10" ]:
    try:
        print(repr(float(text)))
    except ValueError as e:
        print(type(e).__name__, e)
for text in ["", "abc", "1.2.3", "1e", "nan1", "1__0"]:
    try:
        print(float(text))
    except ValueError as e:
        print(type(e).__name__, e)
print(float(7), float(True), float(2 ** 70), float(-3))
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)

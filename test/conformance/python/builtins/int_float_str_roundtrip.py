# Round trips between int, float and str.
for text in ["42", "-0", "3.0", "1e3", "0.1", "  7  "]:
    f = float(text)
    print(repr(text), f, repr(str(f)), float(str(f)) == f, int(f))
print(int(str(2 ** 100)) == 2 ** 100, str(float(2 ** 60)), float(str(1 / 3)) == 1 / 3, repr(float(repr(0.1))))

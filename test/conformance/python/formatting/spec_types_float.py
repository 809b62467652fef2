# Float presentation types: e E f F g G % n and the default.
for v in [1234.5678, 0.00012345, 1e20, 1e-20, 100.0, 1.0, float("inf"), float("nan")]:
    print(format(v, "e"), format(v, "E"), format(v, "f"), format(v, "F"), format(v, "g"), format(v, "G"), format(v, "%"), format(v, "n"), format(v, ""))
print(format(1e16, ""), format(1e16, "g"), format(123456789.0, ".10g"), format(0.0001, "g"), format(0.00001, "g"))
for bad in ["d", "x", "c"]:
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(type(e).__name__, e)

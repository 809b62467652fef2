# Integer presentation types: b o x X d n c and defaults.
for n in [0, 7, 10, 65, 255, 1000000, -1]:
    print(format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"), format(n, "d"), format(n, "n"), format(n, ""), format(n, "10"))
print(format(65, "c"), format(0x263A, "c"), format(97, ">4c"))
print(format(5, "f"), format(5, "e"), format(5, "g"), format(5, "%"), format(5, ".2%"), format(True, "d"), format(True, ""))
for bad in ["s", ".2d", "z"]:
    try:
        print(format(42, bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(-1, "c")
except OverflowError as e:
    print(type(e).__name__, e)

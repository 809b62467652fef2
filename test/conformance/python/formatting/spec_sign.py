# The sign option: '+', '-', ' ' for ints and floats, including negative zero.
for value in [42, -42, 0, 3.25, -3.25, 0.0, -0.0, float("inf"), float("-inf"), float("nan")]:
    print(repr(format(value, "+")), repr(format(value, "-")), repr(format(value, " ")), repr(format(value, "+.1f")), repr(format(value, " 8")))
print(f"{5:+d}", f"{-5: d}", f"{5: d}", f"{5:+08d}", f"{-0.0:z.1f}" if False else "no z")

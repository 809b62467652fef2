# String format specs: width, precision (truncation) and errors for numeric options.
s = "formatting"
print(repr(format(s, "")), repr(format(s, "s")), repr(format(s, ".4")), repr(format(s, "12.4")), repr(format(s, "^12.3s")), repr(format(s, "3")))
print(f"[{s:>15}]", f"[{s:.0}]", f"[{'':5}]", f"[{'é':3}]")
for bad in ["d", "+", "=5", "#", "05" if False else ",", ".2f"]:
    try:
        print(format(s, bad))
    except ValueError as e:
        print(type(e).__name__, e)

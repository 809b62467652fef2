# split, rsplit and join with and without separators and limits.
text = "  the quick  brown fox  "
print(text.split(), text.split(" "), text.split(None, 1), text.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(), "".split(","))
print("a--b--c".split("--"), "abc".split("abc"), "x".split("x"))
print(", ".join(["a", "b", "c"]), "".join(reversed("abc")), "-".join("xyz"), "+".join([]))
print("line1\nline2\r\nline3".split("\n"), "1 2\t3\n4".split())
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ", ".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
print(" ".join(str(i) for i in range(5)), "a b c".split(maxsplit=1))

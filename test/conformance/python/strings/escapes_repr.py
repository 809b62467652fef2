# String literals, escapes and how repr quotes them.
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("nl\n"), repr("\\"))
print(repr("\x00\x1f\x7f"), repr("é ü ñ"), repr("\u263a"), repr("\U0001F600"), repr("\r"))
print("a\tb", "c\\d", 'single', "dq", """triple
line""", r"raw\n\t", len(r"\n"), len("\n"))
print("con" "cat", ("multi"
    "line"), "\x41\u0042\u0043", "\101")
print(ascii("héllo"), ascii("\u263a"), ascii([1, "ü"]))
print(str("x"), str(5), str([1, "a"]), repr([1, "a"]), str(("b",)))

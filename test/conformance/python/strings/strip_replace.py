# strip/lstrip/rstrip with character sets; replace with counts; removeprefix/removesuffix.
s = "xx--hello--xx"
print(s.strip("x"), s.strip("x-"), s.lstrip("x"), s.rstrip("-x"), "  pad \t\n".strip(), repr(" a ".lstrip()))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abab".replace("ab", ""))
print("hello".replace("l", "L", 0), "mississippi".replace("ss", "SS"), "a.b.c".replace(".", "", 1))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print("www.example.com".strip("cmowz."), "  ".strip() == "")

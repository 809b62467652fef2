# Searching: find/rfind/index/rindex/count with start and end.
s = "banana bandana"
print(s.find("an"), s.rfind("an"), s.find("an", 2), s.find("an", 2, 3), s.find("xyz"), s.find(""))
print(s.index("band"), s.rindex("a"), s.count("a"), s.count("an"), s.count("an", 5), s.count(""))
print("ana" in s, "nab" not in s, s.startswith("ban"), s.endswith("ana"), s.startswith(("x", "b")))
print(s.startswith("nana", 2), s.endswith("ban", 0, 3), "aaaa".count("aa"))
try:
    s.index("xyz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["b"])
except TypeError as e:
    print(type(e).__name__, e)

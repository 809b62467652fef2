# String methods, slicing and formatting.
s = "Hello, World"
print(s.upper(), s.lower(), s.title(), s.swapcase(), "hello world".capitalize())
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[2:100])
print(s.find("o"), s.rfind("o"), s.find("z"), s.index("W"), s.count("l"), "o" in s, "xyz" not in s)
print(s.replace("l", "L"), s.replace("l", "L", 2), s.startswith("Hell"), s.endswith(("x", "ld")))
print("  pad  ".strip() + "|", "  pad  ".lstrip() + "|", "  pad  ".rstrip() + "|", "xxhixx".strip("x"))
print("a,b,,c".split(","), "a b  c\n d".split(), "a,b,c".split(",", 1), "a b c".rsplit(" ", 1), "".split())
print("-".join(["a", "b", "c"]), ", ".join(str(i) for i in range(4)), "".join(reversed("abc")))
print("line1\nline2\r\nline3".splitlines(), "abc".center(9, "*"), "abc".ljust(6) + "|", "abc".rjust(6), "42".zfill(5), "-42".zfill(5))
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "   ".isspace(), "ABC".isupper(), "abc".islower(), "Abc".istitle() if hasattr("", "istitle") else None)
print("key=value".partition("="), "a.b.c".rpartition("."), "prefix_name".removeprefix("prefix_"))
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{name} is {age}".format(name="Ann", age=30))
print("{:>8.3f}|{:<6}|{:^7}|{:+d}|{:,}|{:_}|{:08.2f}|{:.1%}|{:e}|{:x}|{:#o}|{:b}".format(3.14159, "ab", "mid", 5, 1234567, 1234567, -3.14159, 0.256, 12345.678, 255, 8, 5))
print("%d items cost %.2f (%s) %r %5.1f|%-4d|%x %%" % (3, 9.5, "ok", "ok", 2.25, 7, 255))
print("%(a)s and %(b)s" % {"a": "x", "b": "y"}, "%s" % [1, 2], "%s %s" % (1, (2, 3)))
v = 1234.5678
print(f"{v:.2f} {v:10.1f} {v:<10.3f}| {v:e} {v:g} {v:,.2f} {v:.0f} {int(v):05d} {v!s} {v!r}")
print(f"{0.000012345:g} {123456789.0:g} {1e100:g} {0.5:.0f} {1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f}")
w, p = 10, 3
print(f"{v:{w}.{p}f}|", f"{'left':<{w}}|", f"{'c':*^{w}}")
print(f"{3:3}|{'s':3}|{True}|{None}|{[1, 'a']}|{(1,)}|{ {'k': 1} }")
print(repr(''), repr('a\tb'), str('x'), ascii('é'), repr('é'))
print(ord('A'), chr(97), ord('€'), chr(8364), "abc" < "abd", "Z" < "a", "apple" > "app")
print(str(1.0), str(10 ** 20), str(-0.0), str([1.5, 'x']), str(()), str((1, 2)))
t = "The quick brown fox"
words = t.split()
print(len(words), sorted(words), sorted(words, key=len), sorted(words, key=str.lower), max(words, key=len))
print([w[0] for w in words], {w: len(w) for w in words}, "".join(w[0] for w in words).lower())
print("ab" * 3, 3 * "-", "=" * 20)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    f"{1:d}" + f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)

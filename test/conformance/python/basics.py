# Literals, printing and strings: the first cells of every tutorial.
print("Hello, world!")
print('single', "double", '''triple''', """also triple""")
print(1, 2, 3, sep=', ', end='!\n')
print()
print("tab\tand\\backslash", 'quote\'s', "new\nline")
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\x00\x7f\u00e9\n'))
print(0x1F, 0o17, 0b101, 1_000_000, 1e3, 1E-2, .5, 5., 3.0e10)
print(True, False, None, ...)
print(type(1), type(1.0), type('s'), type(True), type(None), type([]), type(()), type({}), type(set()))
x = 42
name = "agnb"
print(f"{name} says {x}", f"{x:5d}|{x:<5}|{x:^5}|{x:>5}|", f"{x!r} {name!r}")
print(f"{x=}", f"{x = }", f"{3.14159:.2f}", f"{'nested'}", f"{{braces}}")
multi = """line one
line two
    indented"""
print(multi)
print(len(multi), multi.count("line"))
s = 'raw\\n'
print(s, r'raw\n', len(r'\n'))
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
(p, q), r = (1, 2), 3
print(p, q, r)
x = y = z = 0
print(x, y, z)
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 3; n %= 7
print(n)
s = "ab"
s *= 3
print(s)
print("abc" "def", 'con' 'cat')
print(str(123) + "4", int("56") + 1, float("1.5") * 2, bool(""), bool("x"))

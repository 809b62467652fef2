# f-strings: expressions, nested quotes, conversions and self-documenting `=`.
name, n = "World", 42
print(f"Hello, {name}!", f"{n + 1}", f"{n * 2 = }", f"{name!r}", f"{name=}", f"{n=:>6}")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join(str(i) for i in items)}", f"{items[-1]}", f"{'nested'}")
print(f"{{braces}}", f"{n:08.3f}", f"{n:x}", f"{'a' if n > 40 else 'b'}", f"{3.14159:.2f}")
width, prec = 10, 3
print(f"|{2 / 3:{width}.{prec}f}|", f"|{name:^{width}}|", f"{n!s:>5}", f"{'é'!a}")
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}', f"{[x * x for x in range(4)]}", f"{ {'a': 1} }")
x = 7
print(f"{x = }", f"{x*2=}", f"{x  =  }")

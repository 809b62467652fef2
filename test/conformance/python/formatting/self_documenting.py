# The '=' specifier in f-strings keeps the expression text and whitespace.
a, b = 3, 4.5
name = "agnb"
print(f"{a=}", f"{b=}", f"{name=}", f"{a + b=}", f"{a * 2 = }")
print(f"{b=:.3f}", f"{name=!s}", f"{name = :>8}", f"{len(name)=}")
items = [1, 2]
print(f"{items[0]=}", f"{items=}", f"{a if a else b=}")

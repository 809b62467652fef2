# Lambdas in sorting, mapping and as default-capturing closures.
square = lambda x: x * x
add = lambda a, b=1: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), list(map(lambda p: p[0] * 2, pairs)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(3), square.__name__, (lambda: 0).__qualname__)
ops = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print({k: f(3, 4) for k, f in ops.items()})

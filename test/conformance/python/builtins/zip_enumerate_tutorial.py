# Builtins in tutorial loops: zip (incl. strict), enumerate with start, map/filter, any/all, reversed, sum with start.
xs = [1.0, 2.0, 3.0, 4.0]
ys = [2.1, 3.9, 6.2, 7.8]
pairs = list(zip(xs, ys))
print(pairs, list(zip(*pairs)), dict(zip("abcd", xs)))
for i, (x, y) in enumerate(zip(xs, ys), start=1):
    print(f"{i}: {x} -> {y} (residual {y - 2 * x:+.2f})")
print(list(map(lambda p: p[0] * p[1], pairs)), list(filter(None, [0, 1, "", "a", None, []])))
print(any(y > 7 for y in ys), all(y > x for x, y in pairs), sum(ys, 10), sum([[1], [2]], []))
print(list(reversed(xs)), list(enumerate("ab")), list(zip(range(3), "abcdef")), max(pairs, key=lambda p: p[1] - p[0]))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(sorted(zip(ys, xs), reverse=True)[0], min(range(10), key=lambda v: (v - 4.4) ** 2), abs(-3), divmod(17, 5))

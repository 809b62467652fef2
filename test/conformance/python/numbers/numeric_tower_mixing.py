# Mixing ints, floats and bools in arithmetic.
print(1 + 2.0, 3 * 1.5, 10 - True, 7 // 2.0, 2 ** 0.5, 5 % 2.5)
print(type(1 + 1).__name__, type(1 + 1.0).__name__, type(True + True).__name__, type(6 / 2).__name__)
print(10 ** 20 + 0.5, 2 ** 63 * 1.0, 1e10 == 10 ** 10, 0.5 == 1 / 2)
vals = [1, 2.5, True, -3]
print(sum(vals), max(vals), min(vals), sorted(vals), [abs(v) for v in vals])
print(int(2.9) + float(3), round(2.675 * 100), 3 * (1 / 3) == 1)
print(1_000_000 * 1.5, 0b11 + 0o7 + 0xA, 1e3 + 1)

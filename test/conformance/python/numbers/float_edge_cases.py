# Float edge cases: inf/nan arithmetic and comparison, -0.0, rounding, integer conversion errors.
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, nan == nan, nan != nan, inf == inf, 1 / inf, -1 / inf)
print(0.0 == -0.0, str(-0.0), abs(-0.0), max(0.0, -0.0), min(-0.0, 0.0), 1e308 * 10, -1e308 * 10)
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9, 1e-320, 2.0**-1074, 1.7976931348623157e308)
print(float.is_integer(3.0), (2.5).is_integer(), (0.1).as_integer_ratio())
print(int(3.99), int(-3.99), 7 / 2, 7.0 // 2, -7.0 // 2, 2**0.5)
for bad in ("inf", "nan"):
    try:
        int(float(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([3.0, -inf, 1.0]), float("  -1.5e3 "), float("+inf"), 1e16 + 1, 9007199254740993.0)

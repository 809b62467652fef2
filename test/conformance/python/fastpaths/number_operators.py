# Operators on ints and floats, mixed, at the edges: overflow past 2**53 into exact big ints, -0.0, inf and nan,
# true division of ints, modulo signs, comparisons between ints and floats, and the errors.
big = 2 ** 53
print(big + 1, big - 1 + 2, (big - 1) * 3, -big - 1, 9007199254740993 * 2)
print(big * big, (big + 1) % 7, -(big + 1) % 7, 3 % -2, -3 % 2, -6 % 3, 0 % 5)
print(1 + 0.5, 0.5 + 1, 3 - 0.25, 0.25 - 3, 2 * 0.1, 0.1 * 3, 7 / 2, -7 / 2, 1 / 3, 10 / 5, big / 3)
print(-0.0 + 0, 0 + -0.0, -0.0 - 0, 0 * -1.0, -0.0 * 0, 0 * -1, -5 * 0, 0.0 / -3, -0.0 / 1)
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10, 2 ** 60 + 0.5, 2 ** 60 * 1.0, (2 ** 60 + 1) / 2)
print(5.5 % 2, -5.5 % 2, 5 % 2.5, 7.0 // 2, -7 // 2, 2 ** -1, True + 1, True + 0.5, False * 2.5, True / 2)
x = 0.5
x += 1
x -= 0.25
x *= 4
x /= 2
n = 10
n += 0.5
n /= 2
k = big - 2
k += 5
k *= -1
print(x, n, k, type(k).__name__)
print(1 < 1.5, 2 <= 2.0, 3 > 2.5, 4 >= 4.0, 1 == 1.0, 1 != 1.0, 0.5 < 1, big + 1 > float(big), big + 1 == float(big + 1))
nan = float("nan")
print(nan < 1.0, nan <= nan, nan > 0.0, nan >= nan, nan == nan, nan != nan, 1.5 <= 1.5, 2.5 >= 3.5, -0.0 == 0.0)
print("a" + "b", [1] + [2], (1,) * 2, "ab" * 2, "%d-%s" % (3, "x"), "ab" != "ab", "a" < "b", [1, 2] <= [1, 2])
x = 2.0
attempts = [lambda: 1 / 0, lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 0.0 / 0.0, lambda: 5 % 0, lambda: 5.0 % 0,
            lambda: x / 0, lambda: "a" - 1, lambda: None + 1, lambda: [] * 1.5, lambda: 1 < "a", lambda: 1.5 >= None,
            lambda: x * "s", lambda: 2.5 + "s"]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)

# print() of nested containers holding floats, as metrics dictionaries and histories look.
history = {"loss": [2.3, 1.1500000000000001, 0.1 + 0.2], "acc": (0.5, 0.75, 1.0), "lr": 1e-3}
print(history)
print([[0.1, 0.2], [1e-7, 1e22], [float("inf"), -0.0]])
print({"nested": {"a": [1.0, {2.5, 3.0}], "b": ()}, (1, 2.0): None})
print(sum([0.1] * 10), [round(x, 2) for x in [0.125, 0.375, 2.675]], 1 / 3, 2 / 3, 10 / 3)
print(list(map(float, ["1", "2.50", "-3e2", " 4 "])), [x / 7 for x in range(3)])
print(str(1e16), str(1e15), str(123456789012345678.0), 0.1 * 3, 1.1 * 1.1, 100.0, -1e-5)
print(*[1.0, 2.5], sep=" | ", end=" <end>\n")
print(repr(1.0), repr(1e-4), repr(0.0001), repr(12345678.9), float("1e-310"), 5e-324)

# Messages of common built-in errors.
attempts = [
    lambda: [1, 2][5], lambda: {"a": 1}["b"], lambda: int("x1"), lambda: 1 / 0, lambda: undefined_name,
    lambda: "a" + 1, lambda: len(5), lambda: None.attr, lambda: [].pop(), lambda: {}.popitem(), lambda: (1, 2).append(3),
    lambda: float("abc"), lambda: [1, 2, 3].index(9), lambda: "abc".index("z"), lambda: int("1.5"), lambda: 2 ** "x",
    lambda: -"a", lambda: iter(3), lambda: next(iter([])), lambda: {}[[]], lambda: sum("ab"), lambda: max([]),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, "|", e)

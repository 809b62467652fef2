# range with len and indexing loops versus enumerate.
colors = ["red", "green", "blue"]
for i in range(len(colors)):
    print(i, colors[i])
for i, c in enumerate(colors):
    if i % 2 == 0:
        print(c.upper())
print(list(range(len(colors) - 1, -1, -1)), [colors[i] for i in range(0, len(colors), 2)])
print(list(enumerate(range(3, 6), start=-1)), dict(enumerate("ab")))

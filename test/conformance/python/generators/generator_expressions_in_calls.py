# Generator expressions passed directly to functions, and nested generators.
rows = [[1, 2, 3], [4, 5, 6]]
print(sum(x for row in rows for x in row), max(sum(row) for row in rows), any(x > 5 for row in rows for x in row))
print(sorted((x % 3, x) for x in range(7)), "".join(c.upper() for c in "abc"), dict((i, i * i) for i in range(3)))
total = sum(1 for line in "a\nb\n\nc".splitlines() if line)
print(total, tuple(x for x in "hey"), set(len(w) for w in "a bb cc d".split()))

# Grouping and inverting with dict comprehensions and setdefault.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
lengths = {w: len(w) for w in words}
inverse = {}
for w, n in lengths.items():
    inverse.setdefault(n, []).append(w)
print(inverse)
print({k: v for k, v in sorted(lengths.items(), key=lambda kv: kv[1])[:3]})
print({v: k for k, v in {"a": 1, "b": 2}.items()}, dict(zip(range(3), "xyz")))

# Dict and set comprehensions: vocabularies, inversions, grouping and filtering.
text = "the quick brown fox jumps over the lazy dog the end"
words = text.split()
vocab = {w: i for i, w in enumerate(sorted(set(words)))}
inverse = {i: w for w, i in vocab.items()}
counts = {w: words.count(w) for w in words}
lengths = {len(w) for w in words}
print(vocab)
print(inverse[0], inverse[len(inverse) - 1], counts, sorted(lengths))
by_length = {}
for w in words:
    by_length.setdefault(len(w), []).append(w)
print(by_length)
print({k: v for k, v in counts.items() if v > 1}, {c for c in "mississippi"} == set("imps"))
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3) if (r + c) % 2 == 0}
print(grid, sum(grid.values()), max(grid, key=grid.get))
print(dict(zip("abc", range(3))), dict.fromkeys(["x", "y"], 0), {**vocab}.keys() == vocab.keys())

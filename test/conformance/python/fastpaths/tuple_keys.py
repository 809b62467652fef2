# Tuples as dict and set keys, hashed more than once: equal numbers of different types in tuples, nested tuples,
# and items whose own hash changes between lookups (the tuple's hash follows, as CPython recomputes it).
counts = {}
for pair in [(1, "a"), (1.0, "a"), (True, "a"), ((1, 2), "b"), ((1.0, 2), "b"), (0.5, None), (0.5, None)]:
    counts[pair] = counts.get(pair, 0) + 1
print(counts)
print((1, "a") in counts, (2, "a") in counts, ((True, 2.0), "b") in counts, sorted(map(repr, {(1, 2), (1.0, 2.0), (1, 2.5)})))
first_kept = {1, 1.0, True}
first_kept.add(1.0)
first_kept |= {True, 2.0}
print(first_kept, {x for x in (0.0, 0, False)}, set([2, 2.0]), frozenset([(1,), (1.0,)]))

class Shifting:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, Shifting) and self.h == other.h
    def __repr__(self):
        return f"Shifting({self.h})"

s = Shifting(1)
key = (s, "x")
table = {key: "first"}
print(table[key], key in table)
s.h = 2
print(key in table, (Shifting(2), "x") in table, table.get(key, "missing"))
table[key] = "second"
print(len(table), sorted(table.values()))
nested = ((s, 1), 2)
seen = {nested}
s.h = 3
print(nested in seen, ((Shifting(3), 1), 2) in seen)
words = "a b a b a c".split()
bigrams = {}
for pair in zip(words, words[1:]):
    bigrams[pair] = bigrams.get(pair, 0) + 1
print(sorted(bigrams.items()))

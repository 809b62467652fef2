# Counting and accumulating in dicts (`d[k] += 1`, `d[k] = d.get(k, 0) + 1`, setdefault), with str, tuple, int
# and float keys, values of every kind, dict subclasses, defaultdict and Counter, instance __dict__, missing keys,
# and the insertion order after deletions and re-insertions.
from collections import Counter, defaultdict
words = "the cat and the hat and the bat sat on the mat".split()
counts = {}
for w in words:
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
step = 0.5
weights = {"a": 1.0, "b": 2, "c": "x", "d": [1], (1, "t"): 0}
for key in list(weights):
    weights[key] += step if key != "c" and key != "d" else "y" if key == "c" else [2]
    weights[key] *= 2
print(weights)
weights[(1, "t")] -= step
weights[1.0] = 3
weights[1] **= 2
weights[True] //= 2
print(weights)
try:
    weights["missing"] += 1
except KeyError as e:
    print("KeyError", e)
try:
    weights["c"] += 1
except TypeError as e:
    print("TypeError", e, weights["c"])
try:
    weights["a"] += undefined_name
except NameError as e:
    print("NameError", e, weights["a"])
pairs = {}
for pair in zip(words, words[1:]):
    pairs[pair] = pairs.get(pair, 0) + 1
print(sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
for w in ("the", "and", "cat"):
    del counts[w]
counts["the"] = 0
counts["dog"] = 0
for w in words:
    if w in counts:
        counts[w] += 1
print(counts, list(counts))

class Tally(dict):
    def __missing__(self, key):
        return 10
tally = Tally(n=1)
tally["n"] += 1
tally["m"] += step
print(tally)
dd = defaultdict(int)
for w in words:
    dd[w] += 1
dd["x"] -= step
print(sorted(dd.items()))
c = Counter()
for w in words:
    c[w] += 1
print(c.most_common(3))

class Box:
    pass
box = Box()
box.n = 1
for _ in range(3):
    vars(box)["n"] += 2
print(box.n, vars(box))

# defaultdict creates missing values with a factory.
from collections import defaultdict
groups = defaultdict(list)
for word in ["apple", "bat", "avocado", "cherry", "banana"]:
    groups[word[0]].append(word)
print(groups, dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print(dict(nested["a"]), "b" in nested, nested.get("b"))
plain = defaultdict(None, {"k": 1})
try:
    plain["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(defaultdict(set), defaultdict(int, a=1), isinstance(counts, dict))

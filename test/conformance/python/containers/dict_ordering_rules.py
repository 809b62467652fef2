# Dicts keep insertion order; updating a key keeps its position; deleting and re-adding moves it.
d = {}
for k in ["z", "a", "m"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 100
print(d)
del d["z"]
d["z"] = -1
print(d, list(d.items())[0], next(iter(d)), list(reversed(d)))
print({**{"b": 1, "a": 2}, "b": 3}, dict(sorted(d.items())), dict(sorted(d.items(), key=lambda kv: kv[1])))

# keys/values/items views are live and support set operations on keys.
d = {"a": 1, "b": 2}
keys, values, items = d.keys(), d.values(), d.items()
d["c"] = 3
print(keys, values, items, len(keys), "c" in keys, ("a", 1) in items)
print(keys & {"a", "z"}, keys | {"z"} == {"a", "b", "c", "z"}, sorted(keys - {"b"}), list(reversed(d.keys())))
for k, v in d.items():
    print(k, v, end="; ")
print()
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(zip(d.keys(), d.values())), max(d.values()), sorted(d.items(), key=lambda kv: -kv[1]))

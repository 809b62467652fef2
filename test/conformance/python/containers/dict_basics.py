# Dict creation, access, insertion order and update semantics.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), len(d), d["a"], d.get("zz"), d.get("zz", "default"))
del d["a"]
d["a"] = 100
print(d, "a" in d, 100 in d, 100 in d.values())
print(dict(x=1, y=2), dict([("k", "v")]), dict({"a": 1}, b=2), dict.fromkeys([1, 2]), dict.fromkeys("ab", []))
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a", True: "b", 1.0: "c"}, {0: "x", False: "y"}, d == {"b": 20, "c": 3, "a": 100})

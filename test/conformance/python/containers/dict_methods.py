# pop, popitem, setdefault, update, copy, clear, |, |=.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("a"), d.pop("zz", None), d.popitem(), d)
print(d.setdefault("b", 99), d.setdefault("n", []), d)
d["n"].append(1)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
e = d.copy()
e["b"] = -1
print(d["b"], e["b"], d | {"q": 0}, {"b": 0} | d)
d |= {"b": 7}
print(d)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop("x")
except KeyError as e:
    print(type(e).__name__, e)

# del removes names, list items, slices, dict keys and attributes.
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
items = list(range(8))
del items[0], items[-1]
del items[1:3]
print(items)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
x, y = 1, 2
del x, y
print("deleted x and y")

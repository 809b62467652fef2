# Instances store attributes in __dict__; attributes can be added and deleted dynamically.
class Obj:
    pass
o = Obj()
o.a = 1
o.b = [2]
print(o.__dict__, sorted(vars(o)))
del o.a
setattr(o, "c", 3)
print(o.__dict__, o.c, hasattr(o, "a"))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)

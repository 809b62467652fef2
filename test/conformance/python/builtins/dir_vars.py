# dir() on user classes and instances lists names sorted; vars() is the instance dict.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.x = 10
        self._y = 20
    def method(self):
        pass
c = Child()
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print(vars(c), sorted(k for k in vars(Child) if not k.startswith("__")))
c.z = 3
print(vars(c), "x" in dir(c), "__init__" in dir(c))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)

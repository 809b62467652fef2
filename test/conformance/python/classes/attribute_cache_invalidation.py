# The same attribute sites run against classes that change between calls: methods rebound or deleted on the
# class or a base, instance attributes shadowing methods, properties and __setattr__ added after first use.
class Base:
    kind = "base"
    def greet(self):
        return "hello from Base"

class Child(Base):
    pass

def read_kind(obj):
    return obj.kind

def call_greet(obj):
    return obj.greet()

def set_tag(obj, value):
    obj.tag = value
    return obj.__dict__.get("tag")

c = Child()
for step in range(3):
    print(step, read_kind(c), call_greet(c))

Base.kind = "changed on base"
print(read_kind(c))
Child.kind = "changed on child"
print(read_kind(c))
del Child.kind
print(read_kind(c))

def new_greet(self):
    return "rebound on Base"
Base.greet = new_greet
print(call_greet(c))
Child.greet = lambda self: "defined on Child"
print(call_greet(c))
del Child.greet
print(call_greet(c))

c.greet = lambda: "instance attribute shadows the method"
print(call_greet(c))
del c.greet
print(call_greet(c))

c.kind = "instance kind"
print(read_kind(c), read_kind(Child()))

# A method found through the class and then a non-function put in its place.
Base.greet = staticmethod(lambda: "now a staticmethod")
print(call_greet(c))
Base.greet = classmethod(lambda cls: "classmethod of " + cls.__name__)
print(call_greet(c))
Base.greet = "a plain string"
try:
    call_greet(c)
except TypeError as e:
    print("TypeError:", e)

# A property replacing a plain class attribute after the site has read instance attributes.
class Box:
    pass
b = Box()
for v in range(3):
    print(set_tag(b, v), b.tag)
Box.tag = property(lambda self: "from property", lambda self, v: print("setter got", v))
print(set_tag(b, 99), b.tag)
del Box.tag
print(set_tag(b, 100), b.tag)

# __setattr__ and __getattr__ added to a class after stores and loads were cached.
class Rec:
    pass
r = Rec()
set_tag(r, 1)
def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value * 10)
Rec.__setattr__ = logging_setattr
print(set_tag(r, 2))
del Rec.__setattr__
print(set_tag(r, 3))

def missing(obj):
    return obj.nowhere
try:
    missing(r)
except AttributeError as e:
    print("AttributeError:", e)
Rec.__getattr__ = lambda self, name: "computed " + name
print(missing(r))

# Subclass created after the base was cached; base changed after the subclass was cached.
class Grand(Child):
    pass
g = Grand()
print(read_kind(g), call_greet(Child()) if callable(getattr(Child, "greet", None)) else "no greet")
Base.kind = "base again"
print(read_kind(g))
Grand.kind = "grand"
print(read_kind(g), read_kind(c))

# Methods with defaults, keywords, *args and **kwargs called through the same kinds of sites.
class Calc:
    def add(self, a, b=10, *rest, scale=1, **extra):
        return (a + b + sum(rest)) * scale, sorted(extra)
k = Calc()
print(k.add(1), k.add(1, 2), k.add(1, 2, 3, 4), k.add(1, scale=3), k.add(a=5, b=6, z=1))
try:
    k.add()
except TypeError as e:
    print("TypeError:", e)
try:
    k.add(1, 2, c=3, scale=2, b=4)
except TypeError as e:
    print("TypeError:", e)
m = k.add
print(m(7), Calc.add(k, 8))

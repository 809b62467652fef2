# Classes: attributes, methods, inheritance, super(), dunders, properties, class/static methods.
class Animal:
    kingdom = "animalia"
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def speak(self):
        return super().speak() + "!"
class Puppy(Dog):
    def speak(self):
        return "tiny " + super().speak()
a = Animal("generic")
d = Dog("rex").add_trick("sit").add_trick("roll")
p = Puppy("bit")
print(a.speak(), d.speak(), p.speak(), sep=" | ")
print(a, d, p, [a, d], d.tricks, Animal.count, d.kingdom, Dog.kingdom)
print(isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Animal), type(p).__name__, type(p) is Puppy)
print([c.__name__ for c in Puppy.__mro__], Dog.__bases__[0].__name__)
d.kingdom = "changed"
print(d.kingdom, Animal.kingdom, hasattr(d, "tricks"), hasattr(a, "tricks"), getattr(a, "missing", "default"))
setattr(a, "legs", 4)
print(a.legs, a.__dict__)
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        return iter((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
v, w = Vector(1, 2), Vector(3, 4)
print(v + w, v - w, v * 3, 3 * v, -v, abs(w), len(v), v[1], list(w), bool(Vector(0, 0)), v == Vector(1, 2), v != w)
print(repr(v), str(v), [v], f"{v}", f"{v!r}", sorted([w, v]), max(v, w), {v: 1}[Vector(1, 2)], Vector(1, 2) in [v])
x, y = w
print(x, y, *v)
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @staticmethod
    def describe():
        return "a temperature"
    @classmethod
    def freezing(cls):
        return cls(0)
t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.describe(), t.describe(), Temperature.freezing().fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
class Stack:
    def __init__(self):
        self._items = []
    def push(self, item):
        self._items.append(item)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __contains__(self, item):
        return item in self._items
    def __repr__(self):
        return f"Stack({self._items})"
s = Stack()
for i in range(3):
    s.push(i * i)
print(s, len(s), 4 in s, 5 in s, s.pop(), s, bool(s))
class Counter:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n
print(list(Counter(4)), sum(Counter(10)), [x * 2 for x in Counter(3)])
class Callable:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x):
        return x * self.factor
triple = Callable(3)
print(triple(7), callable(triple), callable(5), list(map(triple, [1, 2])))
class Base:
    def hello(self):
        return "base"
class Left(Base):
    def hello(self):
        return "left>" + super().hello()
class Right(Base):
    def hello(self):
        return "right>" + super().hello()
class Diamond(Left, Right):
    def hello(self):
        return "diamond>" + super().hello()
print(Diamond().hello(), [k.__name__ for k in Diamond.__mro__])
class Point:
    __slots_like__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
p1 = Point(1, 2)
print(p1 == Point(1, 2), p1 != Point(2, 1), p1.x, Point().y)
try:
    hash(p1)
except TypeError as e:
    print("TypeError:", e)
try:
    a.fly()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    v @ w
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
print(type(NoInit()).__name__, NoInit.__name__, isinstance(NoInit(), object))

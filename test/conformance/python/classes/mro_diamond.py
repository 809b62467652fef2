# Multiple inheritance: the C3 method resolution order and cooperative super().
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()
print(Child().hello(), [c.__name__ for c in Child.__mro__], Child.mro()[1].__name__)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], D.__bases__, issubclass(D, A))
try:
    class Bad(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)

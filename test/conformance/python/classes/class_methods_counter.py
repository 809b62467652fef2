# Class methods keep per-class state; instances read it through the class.
class Shape:
    created = 0
    @classmethod
    def create(cls, *args):
        cls.created += 1
        return cls(*args)
    @classmethod
    def summary(cls):
        return f"{cls.__name__}: {cls.created}"
class Circle(Shape):
    def __init__(self, r):
        self.r = r
class Square(Shape):
    def __init__(self, s):
        self.s = s
Circle.create(1); Circle.create(2); Square.create(3)
print(Circle.summary(), Square.summary(), Shape.summary(), Shape.created)

# super(Class, self), calling base methods explicitly, and super() in classmethods.
class Base:
    def greet(self):
        return "base"
    @classmethod
    def make(cls):
        return f"made {cls.__name__}"
class Mid(Base):
    def greet(self):
        return "mid>" + super(Mid, self).greet()
    @classmethod
    def make(cls):
        return "mid:" + super().make()
class Leaf(Mid):
    def greet(self):
        return "leaf>" + Base.greet(self) + "|" + super().greet()
print(Leaf().greet(), Leaf.make(), Mid.make())

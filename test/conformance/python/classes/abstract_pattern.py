# An abstract-method pattern with NotImplementedError and polymorphism.
class Animal:
    def __init__(self, name):
        self.name = name
    def sound(self):
        raise NotImplementedError(f"{type(self).__name__} must implement sound")
    def speak(self):
        return f"{self.name} says {self.sound()}"
class Cow(Animal):
    def sound(self):
        return "moo"
class Fish(Animal):
    pass
for a in [Cow("bess"), Fish("nemo")]:
    try:
        print(a.speak())
    except NotImplementedError as e:
        print(type(e).__name__, e)

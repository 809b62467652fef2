# A class with __init__, methods, and instance vs class attributes.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, tricks=None):
        self.name = name
        self.tricks = list(tricks or [])
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def describe(self):
        return f"{self.name} ({self.species}) knows {', '.join(self.tricks) or 'nothing'}"
a = Dog("rex")
b = Dog("fido", ["sit"])
a.add_trick("roll").add_trick("beg")
print(a.describe(), "|", b.describe(), Dog.count, a.count)
b.species = "wolf"
print(a.species, b.species, Dog.species, "species" in vars(b), "species" in vars(a))

# type(), isinstance and issubclass with tuples and class hierarchies.
class Animal: pass
class Dog(Animal): pass
d = Dog()
print(type(d), type(d).__name__, type(d) is Dog, type(d) == Animal, isinstance(d, Animal), isinstance(d, (int, Dog)))
print(issubclass(Dog, Animal), issubclass(Dog, Dog), issubclass(Animal, Dog), issubclass(bool, (str, int)), issubclass(Dog, object))
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(type), type(len))
print(isinstance(1, float), isinstance(1.0, (int, float)), isinstance([], list), isinstance(int, type), isinstance(Dog, type))
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(d, Animal)
except TypeError as e:
    print(type(e).__name__, e)

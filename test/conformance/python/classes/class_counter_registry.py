# Class-level registries and __init_subclass__-free plugin registration by decorator.
registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
@register
class Circle:
    def area(self, r):
        return round(3.14159 * r * r, 2)
@register
class Square:
    def area(self, s):
        return s * s
print(sorted(registry), registry["circle"]().area(2), registry["square"]().area(3))
class Counted:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class Sub(Counted):
    pass
Counted(); Sub(); Sub()
print(Counted.instances, Sub.instances)

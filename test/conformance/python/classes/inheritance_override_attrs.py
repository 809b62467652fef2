# Subclasses override class attributes and extend methods; isinstance across the hierarchy.
class Vehicle:
    wheels = 4
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} has {self.wheels} wheels"
class Bike(Vehicle):
    wheels = 2
class Trike(Bike):
    wheels = 3
    def describe(self):
        return super().describe() + " (a trike)"
for v in [Vehicle("car"), Bike("bmx"), Trike("tri")]:
    print(v.describe(), isinstance(v, Bike), type(v).wheels, Vehicle.wheels)
print(Trike.__mro__[1].__name__, issubclass(Trike, Vehicle), Bike.__bases__[0].__name__)

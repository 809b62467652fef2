# Properties with validation, read-only properties, and deleters.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = float(value)

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit, round(t.fahrenheit, 1))
t.celsius = -40
print(t.celsius == t.fahrenheit, vars(t))
for bad in (-300, -273.16):
    try:
        t.celsius = bad
    except ValueError as e:
        print("error:", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_celsius"))
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fget.__name__)

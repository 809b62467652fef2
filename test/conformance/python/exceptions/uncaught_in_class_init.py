# An exception raised in __init__ during construction.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"kelvin must be >= 0, got {kelvin}")
        self.kelvin = kelvin
print(Temperature(300).kelvin)
readings = [Temperature(k) for k in [10, 20, -5]]

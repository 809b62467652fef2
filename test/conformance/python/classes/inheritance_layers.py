# Inheritance chains, super() with arguments, class attributes and counters.
class Layer:
    count = 0

    def __init__(self, name):
        Layer.count += 1
        self.name = name
        self.id = Layer.count

    def forward(self, x):
        return x

    def __repr__(self):
        return f"{self.__class__.__name__}(name={self.name!r}, id={self.id})"

class Scale(Layer):
    def __init__(self, name, factor):
        super().__init__(name)
        self.factor = factor

    def forward(self, x):
        return super().forward(x) * self.factor

class Shift(Scale):
    def __init__(self, name, factor, shift):
        super(Shift, self).__init__(name, factor)
        self.shift = shift

    def forward(self, x):
        return super().forward(x) + self.shift

layers = [Layer("id"), Scale("double", 2), Shift("affine", 3, -1)]
x = 5
for layer in layers:
    x = layer.forward(x)
    print(f"{layer!r:40} -> {x}")
print(Layer.count, Shift.count, Shift.__mro__[1].__name__, isinstance(layers[2], Scale), issubclass(Scale, Shift))
print([type(l).__name__ for l in layers], Shift.__bases__)

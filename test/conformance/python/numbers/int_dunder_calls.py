# Calling int and float dunder methods directly, as subclasses and generic code do.
print((7).__add__(3), (7).__sub__(2.5), (7).__mul__("a"), (2).__pow__(10), (7).__truediv__(2), (7).__rfloordiv__(50))
print((3.5).__add__(1), (3.5).__rmul__(2), (1.5).__eq__(1.5), (1).__lt__(2.0), (5).__neg__(), (-5).__abs__(), (0).__bool__())
print(int.__add__(1, 2), float.__sub__(5.0, 1), (6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(4), (~5).__invert__())
print((10).bit_count(), (255).bit_count(), (-7).bit_count(), (3.0).conjugate(), (5).conjugate())

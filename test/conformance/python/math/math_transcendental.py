# Exponentials, logarithms and trigonometry.
import math
print(math.exp(1), math.exp(0.5), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.atan(1) * 4, math.atan2(1, -1))
print(math.asin(1), math.acos(0), math.sinh(1), math.cosh(1), math.tanh(0.5), math.pow(2, 0.5), math.expm1(1e-5))
for x in [0.5, 1.5, 2.5, 10.0]:
    print(x, round(math.log(x), 12), round(math.sqrt(x), 12))
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(type(e).__name__, e)

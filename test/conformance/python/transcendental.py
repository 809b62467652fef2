# Floating-point functions as used in ML code: each printed value must match CPython to the last digit.
import math
xs = [i / 8 - 4 for i in range(65)]
print([math.exp(x) for x in xs])
print([math.log(1 + abs(x)) for x in xs])
print([math.tanh(x) for x in xs])
print([1 / (1 + math.exp(-x)) for x in xs])
print([math.sin(x) for x in xs])
print([math.cos(x) for x in xs])
print([math.atan(x) for x in xs])
print([abs(x) ** 1.5 for x in xs], [2 ** x for x in xs], [x ** 3 for x in xs])
logits = [2.0, 1.0, 0.1, -1.2]
m = max(logits)
exps = [math.exp(v - m) for v in logits]
total = sum(exps)
probs = [e / total for e in exps]
print(probs, -math.log(probs[0]), sum(probs))
print(math.sqrt(2), math.exp(1), math.log(10), math.log10(2), math.log2(10), math.pi ** 2, math.e ** math.pi, 10 ** -0.5)
print(math.sinh(1.5), math.cosh(1.5), math.tan(1.2), math.atan2(1, -1), math.hypot(1.5, 2.5), math.pow(1.0001, 10000))

# AttributeError messages for instances, classes and modules.
class Thing:
    def __init__(self):
        self.value = 1
t = Thing()
for attempt in [lambda: t.valeu, lambda: t.missing, lambda: Thing.nope, lambda: (5).foo, lambda: "s".lenght]:
    try:
        attempt()
    except AttributeError as e:
        print(type(e).__name__, e)
import math
try:
    math.tau2
except AttributeError as e:
    print(type(e).__name__, e)

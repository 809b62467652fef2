# total_ordering fills in comparisons; cmp_to_key adapts old-style comparison functions.
from functools import total_ordering, cmp_to_key
@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Version("1.2.0"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == Version("1.2.0"), sorted([b, a, Version("0.9")]), max(a, b))
def by_length_then_reverse(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

# Rich comparisons with functools.total_ordering, sorting user objects, and NotImplemented fallbacks.
import functools

@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs), vs[1] == vs[4], vs[1] is vs[4])
print(Version("1.2") <= Version("1.2.0"), Version("2.0") > Version("1.99"), Version("1.0") >= Version("1.0"))
print(Version("1.0") == "1.0", Version("1.0") != 1)
try:
    Version("1.0") < 3
except TypeError as e:
    print("TypeError:", e)

# A hand-written value class with __eq__, __repr__, __hash__ and ordering by a key tuple.
class Version:
    __match_args__ = ("major", "minor")
    def __init__(self, major, minor=0):
        self.major, self.minor = major, minor
    def _key(self):
        return (self.major, self.minor)
    def __eq__(self, other):
        return isinstance(other, Version) and self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
    def __hash__(self):
        return hash(self._key())
    def __repr__(self):
        return f"Version({self.major}, {self.minor})"
vs = [Version(1, 2), Version(0, 9), Version(1, 0), Version(1, 2)]
print(sorted(vs), len(set(vs)), Version(1) == Version(1, 0), Version(2) in vs, max(vs))

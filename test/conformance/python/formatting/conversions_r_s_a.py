# !r, !s and !a conversions in f-strings and str.format.
class V:
    def __repr__(self):
        return "V<é>"
    def __str__(self):
        return "v-str"
v = V()
print(f"{v}", f"{v!s}", f"{v!r}", f"{v!a}", f"{'q'!r}")
print("{0} {0!s} {0!r} {0!a}".format(v), "{!r:>10}".format("x"), f"{'abc'!r:^9}")
print(f"{3.0!r}", f"{[1, 'a']!s}", f"{None!r}", f"{'ü'!a}", ascii(v))

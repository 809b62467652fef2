# str() of many types, and str/repr of containers with nested strings.
print(str(), str(1.0), str(True), str(None), str([1, "two", 3.0]), str({"a": [1, (2,)]}))
print(str(range(3)), str(slice(1, 2)), str(int), str(len), repr(str), str(Ellipsis), str(...))
class Thing:
    def __str__(self):
        return "thing-str"
    def __repr__(self):
        return "Thing()"
t = Thing()
print(str(t), repr(t), [t], f"{t}", f"{t!r}", "%s %r" % (t, t), "{} {!r}".format(t, t))
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"
print(str(OnlyRepr()), OnlyRepr())
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

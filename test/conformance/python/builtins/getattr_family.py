# getattr/setattr/hasattr/delattr with defaults and errors.
class Config:
    debug = False
    def __init__(self):
        self.level = 3
c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "dflt"), hasattr(c, "level"), hasattr(c, "nope"))
setattr(c, "level", 5)
setattr(c, "name", "cfg")
print(c.level, c.name, vars(c))
delattr(c, "name")
print(hasattr(c, "name"), sorted(vars(c)))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(5, "real"), getattr("abc", "upper")(), getattr([], "append") is not None)

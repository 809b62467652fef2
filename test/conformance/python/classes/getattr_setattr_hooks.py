# __getattr__ for missing attributes and __setattr__ to intercept assignment.
class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        print("set", name, value)
        self._fields[name] = value
r = Record(a=1)
r.b = 2
print(r.a, r.b, r._fields, getattr(r, "zz", "default"), hasattr(r, "a"))
try:
    r.zz
except AttributeError as e:
    print(type(e).__name__, e)

# raise ... from ...: the cause is printed first.
def load(name):
    data = {"a": 1}
    try:
        return data[name]
    except KeyError as e:
        raise LookupError(f"no entry named {name!r}") from e

print(load("a"))
load("b")

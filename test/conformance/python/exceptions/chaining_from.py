# Exception chaining: raise ... from, implicit __context__, from None, and the attributes.
class ConfigError(Exception):
    pass

def load(key, table):
    try:
        return table[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e

try:
    load("lr", {})
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        int("abc")
    except ValueError:
        raise RuntimeError("conversion failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

err = ValueError("a", 1)
print(err.args, str(err), repr(err), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))

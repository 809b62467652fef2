# raise ... from ... sets __cause__; raising while handling sets __context__.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad config: {text!r}") from e
try:
    load("abc")
except ConfigError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| context is cause:", e.__context__ is e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))

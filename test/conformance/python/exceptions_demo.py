# try/except/else/finally, raising, custom exceptions and the built-in hierarchy.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("cannot divide by zero")
        return None
    else:
        print("division ok")
        return result
    finally:
        print("finally runs")
print(divide(6, 3))
print(divide(1, 0))
class ValidationError(Exception):
    pass
class RangeError(ValidationError):
    def __init__(self, value, limit):
        super().__init__(f"{value} exceeds {limit}")
        self.value = value
        self.limit = limit
def check(v):
    if not isinstance(v, int):
        raise TypeError(f"expected int, got {type(v).__name__}")
    if v > 10:
        raise RangeError(v, 10)
    return v
for v in [5, 50, "x"]:
    try:
        print("checked", check(v))
    except ValidationError as e:
        print("validation:", e, "| args:", e.args, "| value:", e.value, "|", type(e).__name__, isinstance(e, Exception))
    except (TypeError, ValueError) as e:
        print("type problem:", e, repr(e))
print(issubclass(RangeError, ValidationError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(KeyboardInterrupt, Exception))
print(ZeroDivisionError.__mro__)
not_callable = "abc"
errors = [
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: int("x"),
    lambda: undefined_name,
    lambda: "s".nope,
    lambda: None + 1,
    lambda: len(5),
    lambda: [].pop(),
    lambda: 1 / 0,
    lambda: int(None),
    lambda: (1, 2).append(3),
    lambda: {}[[1]],
    lambda: not_callable(),
    lambda: iter(5),
    lambda: next(iter([])),
]
for fn in errors:
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        print("caught", e)
        raise
except ValueError as e:
    print("re-raised", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, "| context:", repr(e.__context__))
def cleanup():
    try:
        return "from try"
    finally:
        print("cleanup ran")
print(cleanup())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
try:
    assert 1 + 1 == 2
    assert 2 + 2 == 5, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("empty assertion:", repr(e), str(e) == "")
try:
    raise KeyError("missing")
except LookupError as e:
    print(type(e).__name__, e, e.args)
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, e.args)
e = Exception()
print(repr(e), str(e) == "", repr(ValueError("x")), str(ValueError(3)))
try:
    raise NotImplementedError
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError", repr(e))
def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 // n
results = []
for n in [2, 0, 5]:
    try:
        results.append(risky(n))
    except ValueError as err:
        results.append(str(err))
print(results)
try:
    raise 5
except TypeError as e:
    print(e)
class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc)
        return exc_type is KeyError
with Resource() as r:
    print("inside", type(r).__name__)
with Resource():
    raise KeyError("swallowed")
print("after with")
try:
    with Resource():
        raise ValueError("propagates")
except ValueError as e:
    print("outside:", e)

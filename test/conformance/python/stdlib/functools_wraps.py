# functools.wraps copies the wrapped function's name, docstring and attributes.
import functools
def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper docs"""
        return fn(*args, **kwargs)
    return wrapper
def plain(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper
@timed
def compute(x):
    """Computes things."""
    return x + 1
compute_plain = plain(compute.__wrapped__)
print(compute(1), compute.__name__, compute.__doc__, compute.__qualname__, compute.__wrapped__.__name__)
print(compute_plain.__name__, compute_plain.__doc__, compute_plain.__qualname__)
def manual(fn):
    def inner():
        return fn()
    inner.__name__ = fn.__name__
    inner.__doc__ = fn.__doc__
    return inner
@manual
def hello():
    "Says hello."
    return "hello"
print(hello(), hello.__name__, hello.__doc__)

# Decorators that take arguments, and functools.wraps.
import functools
def repeat(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def roll(x):
    """Returns x."""
    return x
print(roll(4), roll.__name__, roll.__doc__, roll.__wrapped__(5))
def tag(name):
    def decorate(fn):
        fn.tag = name
        return fn
    return decorate
@tag("important")
def task():
    return "done"
print(task(), task.tag)

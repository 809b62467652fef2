# Decorators with functools.wraps, arguments, stacking and state.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"calling {fn.__name__}{args}{kwargs if kwargs else ''}")
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} -> {result!r}")
        return result
    return wrapper

def repeat(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@logged
def add(a, b=2):
    """Adds two numbers."""
    return a + b

@count_calls
@repeat(3)
def greet(name):
    return f"hi {name}"

add(1)
add(1, b=5)
print(add.__name__, add.__doc__, add.__wrapped__(10, 1))
print(greet("ada"), greet("bob"), greet.calls, greet.__name__)

# Decorators without arguments, stacked decorators and preserving behaviour.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper
def exclaim(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) + "!"
    return wrapper
@shout
@exclaim
def greet(name):
    return f"hello {name}"
print(greet("ann"), greet.__name__)
call_log = []
def logged(fn):
    def inner(*args):
        call_log.append((fn.__name__, args))
        return fn(*args)
    return inner
@logged
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), call_log)

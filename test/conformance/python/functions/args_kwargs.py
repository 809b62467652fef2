# *args and **kwargs collect extra arguments; unpacking passes them on.
def show(*args, **kwargs):
    print(args, kwargs)
show()
show(1, 2, a=3)
show(*[1, 2], *(3,), **{"x": 1}, y=2)
def total(first, *rest, scale=1):
    return (first + sum(rest)) * scale
print(total(1), total(1, 2, 3), total(1, 2, scale=10))
def wrapper(*args, **kwargs):
    return total(*args, **kwargs)
print(wrapper(5, 5, scale=2))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    total()
except TypeError as e:
    print(type(e).__name__, e)

# Closures capture variables, not values; factories make independent cells.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
a, b = make_counter(), make_counter()
print(a(), a(), a(), b())
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner()
print(outer())
print(a.__name__, a.__qualname__)

# Closures: counters with nonlocal, late binding in loops, and default-argument capture.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1, c2 = make_counter(), make_counter(100)
print(c1(), c1(), c1(5), c2(), c1.__closure__[0].cell_contents)

late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])

def make_accumulators():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    def reset():
        total.clear()
    return add, reset

add, reset = make_accumulators()
print(add(1), add(2), add(3))
reset()
print(add(10))

def outer():
    x = "outer"
    def inner():
        return x
    x = "changed"
    return inner
print(outer()())

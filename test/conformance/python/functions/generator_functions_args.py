# Functions returning functions, higher-order helpers written by hand.
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(fn, *bound):
    return lambda *more: fn(*bound, *more)
print(curry(pow, 2)(10), curry(max, 3, 9)(4))
def pipeline(data, *steps):
    for step in steps:
        data = step(data)
    return data
print(pipeline(range(10), lambda xs: (x * x for x in xs), lambda xs: filter(lambda v: v % 2, xs), list))

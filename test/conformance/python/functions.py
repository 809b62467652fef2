# Functions: defaults, *args/**kwargs, keyword-only, closures, decorators, recursion.
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}!"
print(greet("Ann"), greet("Bob", "Hi"), greet(greeting="Yo", name="Cy"))
def stats(*values, scale=1, **options):
    return sum(values) * scale, len(values), sorted(options.items())
print(stats(1, 2, 3), stats(4, scale=10, verbose=True, mode="x"), stats())
args = [1, 2]
kwargs = {"scale": 3}
print(stats(*args, *[3], **kwargs), greet(*["Dee"]), greet(**{"name": "Eve"}))
def kwonly(a, *, b, c=3):
    return a, b, c
print(kwonly(1, b=2), kwonly(1, c=5, b=4))
def posonly(a, b, /, c):
    return a + b + c
print(posonly(1, 2, c=3))
def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
counter = make_counter()
print(counter(), counter(), counter(10))
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
adders = []
for k in range(3):
    adders.append(lambda x: x + k)
print([f(1) for f in adders])
total = 0
def add_to_total(n):
    global total
    total += n
add_to_total(5); add_to_total(7)
print(total)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
def fib(n, memo={}):
    if n in memo:
        return memo[n]
    memo[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(80))
def timed(fn):
    def wrapper(*a, **kw):
        print("calling", fn.__name__)
        return fn(*a, **kw)
    return wrapper
@timed
def square(x):
    return x * x
print(square(7))
def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hello(who):
    return "hi " + who
print(hello("there"))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), (lambda: "no args")(), (lambda *a: a)(1, 2))
print(list(map(lambda x: x ** 2, range(5))), sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
def apply(f, *a):
    return f(*a)
print(apply(max, 3, 9, 2), apply(pow, 2, 8), apply(greet, "Zed"))
def no_return():
    pass
print(no_return(), greet.__name__, (lambda: 0).__name__)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def gen_list(n):
    result = []
    for i in range(n):
        if i == 3:
            return result
        result.append(i)
    return result
print(gen_list(10), gen_list(2))
def swap(pair):
    a, b = pair
    return b, a
print(swap((1, 2)), swap("xy"))
def mutate(lst):
    lst.append("added")
items = []
mutate(items)
print(items)
for call in ["greet()", "greet(1, 2, 3)", "greet(name='a', nam='b')", "kwonly(1, 2)", "kwonly(1)", "posonly(a=1, b=2, c=3)", "greet('a', name='b')"]:
    try:
        if call == "greet()": greet()
        elif call == "greet(1, 2, 3)": greet(1, 2, 3)
        elif call == "greet(name='a', nam='b')": greet(name='a', nam='b')
        elif call == "kwonly(1, 2)": kwonly(1, 2)
        elif call == "kwonly(1)": kwonly(1)
        elif call == "posonly(a=1, b=2, c=3)": posonly(a=1, b=2, c=3)
        else: greet('a', name='b')
    except TypeError as e:
        print("TypeError:", e)
def uses_before_assign():
    print(value)
    value = 1
try:
    uses_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    undefined_function()
except NameError as e:
    print(type(e).__name__, e)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

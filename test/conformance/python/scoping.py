# Name resolution: locals, enclosing functions, globals, builtins, class bodies and comprehensions.
x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
def enclosing():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(read_global(), shadow(), enclosing(), x)
def counter_factory():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return bump, peek
bump, peek = counter_factory()
bump(); bump()
print(peek())
def set_global():
    global x, created_later
    x = "rebound"
    created_later = 42
set_global()
print(x, created_later)
class Config:
    scale = 2
    values = [scale * i for i in range(3)] if False else None
    doubled = scale * 2
    def method(self):
        return self.scale, Config.doubled
print(Config.doubled, Config().method(), Config.values)
def make_class(tag):
    class Tagged:
        label = tag
        def get(self):
            return tag, self.label
    return Tagged
print(make_class("a")().get(), make_class("b").label)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([i for i in range(3)], "i" in globals() if False else "comprehension var does not leak")
total = sum(v for v in range(4))
def outer():
    values = [1, 2, 3]
    return [v * len(values) for v in values]
print(total, outer())
def len_shadowing():
    len = lambda s: 99
    return len("abc")
print(len_shadowing(), len("abc"))
def recursive_inner(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)
    return helper(n)
print(recursive_inner(6))
def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket
print(defaults_evaluated_once(1), defaults_evaluated_once(2))
def late_binding():
    fns = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fns.append(f)
    return [g() for g in fns]
print(late_binding())
def walrus_in_comprehension(data):
    filtered = [y for v in data if (y := v * 2) > 2]
    return filtered, y
print(walrus_in_comprehension([1, 2, 3]))
a = 1
def modify_list_global():
    lst.append(a)
lst = []
modify_list_global()
print(lst)
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return str(e)
print(del_local())
try:
    del undefined_global_name
except NameError as e:
    print(e)
class Outer:
    class Inner:
        value = 5
    def get(self):
        return self.Inner.value
print(Outer().get(), Outer.Inner.value, Outer.Inner.__qualname__, make_class("z").__qualname__)
def f_with_doc():
    "Docstring."
    return 1
print(f_with_doc(), read_global.__qualname__, counter_factory().__class__.__name__)

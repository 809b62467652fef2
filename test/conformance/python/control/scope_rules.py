# LEGB: local, enclosing, global and builtin scopes; shadowing builtins.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
def local():
    x = "local"
    return x
print(outer(), local(), x)
def uses_len():
    return len("abc")
len = lambda s: 42
print(uses_len(), len("x"))
del len
print(len("restored"))
def read_global():
    return x.upper()
print(read_global())

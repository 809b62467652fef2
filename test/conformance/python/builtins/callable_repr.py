# callable() and reprs of functions, classes, builtins and methods (no addresses printed).
def f(): pass
class C:
    def m(self): pass
print(callable(f), callable(C), callable(C()), callable(len), callable(5), callable("s"), callable(C().m))
print(repr(len), repr(int), repr(C)[:17], f.__name__, C.__name__, C.m.__name__, len.__name__, repr(print))
print(f.__qualname__, C.m.__qualname__, type(f).__name__, type(C().m).__name__, type(len).__name__)
class WithCall:
    def __call__(self, x):
        return x * 2
print(callable(WithCall()), WithCall()(21))

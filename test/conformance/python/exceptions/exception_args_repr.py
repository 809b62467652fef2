# str() and repr() of exceptions with zero, one and several arguments.
for e in [ValueError(), ValueError("msg"), ValueError("a", "b"), KeyError("key"), KeyError(), KeyError(1, 2), IndexError(5), Exception(None), StopIteration(7)]:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
e = RuntimeError("x")
e.args = ("changed", 2)
print(e, repr(e))

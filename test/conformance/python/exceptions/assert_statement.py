# assert raises AssertionError with an optional message.
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    assert x >= 0
    return x
print(check(3))
for value in ["s", -1]:
    try:
        check(value)
    except AssertionError as e:
        print(type(e).__name__, repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)

# Raising classes and instances; exception objects are ordinary values.
for thing in [ValueError, ValueError("with message"), KeyError]:
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, repr(e), isinstance(e, thing if isinstance(thing, type) else type(thing)))
errors = [ValueError("a"), TypeError("b")]
print([str(e) for e in errors], [type(e).__name__ for e in errors])
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)

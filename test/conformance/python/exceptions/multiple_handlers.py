# Several except clauses, tuples of exception types, and re-raising.
def convert(value):
    try:
        return int(value)
    except (TypeError, ValueError) as e:
        print("conversion failed:", type(e).__name__)
        return None
print(convert("5"), convert("x"), convert(None), convert([1]))
def reraise():
    try:
        [][0]
    except IndexError:
        print("logging and re-raising")
        raise
try:
    reraise()
except IndexError as e:
    print("outer got", type(e).__name__, e)
try:
    raise KeyError("first")
except ValueError:
    print("not here")
except KeyError as e:
    print("second handler", e)
except Exception:
    print("not here either")

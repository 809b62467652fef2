# The `as` name is deleted after the except block.
try:
    1 / 0
except ZeroDivisionError as err:
    message = str(err)
print(message)
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
err = "kept"
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in globals() if False else "checked")
try:
    err
except NameError as e:
    print(type(e).__name__, e)

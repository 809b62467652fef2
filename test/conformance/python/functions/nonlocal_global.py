# global and nonlocal declarations, and UnboundLocalError.
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def outer():
    level = 1
    def middle():
        nonlocal level
        level += 1
        def inner():
            nonlocal level
            level *= 10
        inner()
    middle()
    return level
print(outer())
total = 5
def broken():
    try:
        total += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
broken()
def shadow():
    total = 100
    return total
print(shadow(), total)
def make_global():
    global created_later
    created_later = "made"
make_global()
print(created_later)

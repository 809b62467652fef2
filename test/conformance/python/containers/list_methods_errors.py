# Error messages from list methods and indexing.
xs = [3, 1, 2]
for call in [lambda: xs.index(9), lambda: xs.remove(9), lambda: xs[5], lambda: xs.pop(7), lambda: xs["0"], lambda: xs.insert(), lambda: xs.sort(key=5)]:
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)

# close() raises GeneratorExit inside the generator; throw() raises an exception at the yield.
def worker():
    try:
        while True:
            try:
                item = yield
                print("processing", item)
            except ValueError as e:
                print("recovered from", e)
    finally:
        print("cleanup")
w = worker()
next(w)
w.send("job1")
w.throw(ValueError("bad job"))
w.send("job2")
w.close()
print("closed")
def counter():
    n = 0
    while True:
        yield n
        n += 1
c = counter()
print(next(c), next(c))
try:
    c.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", repr(e))
print(next(c, "finished"))

# An exception raised inside a generator shows the generator frame in the traceback.
def parse_all(items):
    for item in items:
        yield int(item)
values = parse_all(["1", "2", "three"])
print(next(values), next(values))
print(next(values))

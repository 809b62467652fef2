# A for loop that breaks out of a generator: CPython closes the generator as soon as the loop drops it,
# so its finally block and context manager exit run right there.
class Resource:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, *exc):
        print("close")
        return False

def read_lines():
    with Resource():
        try:
            for i in range(5):
                yield f"line {i}"
        finally:
            print("generator finally")

for line in read_lines():
    print(line)
    if line == "line 1":
        break
print("after loop")

def first_match(pred):
    for x in (n * n for n in range(10)):
        if pred(x):
            return x

print(first_match(lambda v: v > 10))

def counted():
    try:
        yield 1
        yield 2
    finally:
        print("counted closed")

for v in counted():
    print("value", v)
    break
print("done")

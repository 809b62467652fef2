# finally blocks in generators run when the generator finishes or is closed.
def reader(lines):
    print("open")
    try:
        for line in lines:
            yield line
    finally:
        print("close")
for line in reader(["a", "b"]):
    print("line", line)
g = reader(["x", "y", "z"])
print(next(g))
g.close()
print("after close")
def first_only():
    source = reader([1, 2, 3])
    for v in source:
        source.close()
        return v
print(first_only())

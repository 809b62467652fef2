# with statements: multiple managers, exceptions inside, exit order.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, "error" if exc_type else "ok")
        return False
with Resource("a") as a, Resource("b") as b:
    print("using", a.name, b.name)
try:
    with Resource("c"):
        raise RuntimeError("inside with")
except RuntimeError as e:
    print("handled", e)
def early():
    with Resource("d"):
        return "returned inside with"
print(early())
for i in range(2):
    with Resource(f"loop{i}"):
        if i == 0:
            continue
        print("body", i)

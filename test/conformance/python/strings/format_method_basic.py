# str.format with positional, keyword, indexed and attribute fields.
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("ab", "cd"), "{name} is {age}".format(name="Ann", age=7))
point = {"x": 1, "y": 2}
print("{p[x]},{p[y]}".format(p=point), "{0[1]}".format([10, 20]), "{.real}".format(5))
print("{{literal}} {}".format("x"), "{:>5}|{:<5}|{:^5}".format("a", "b", "c"))
print("{!r} {!s} {!a}".format("hi", "hi", "hé"))
class P:
    def __init__(self):
        self.name = "obj"
print("{0.name} {obj.name}".format(P(), obj=P()))
for template, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{", ()), ("}", ()), ("{0!z}", (1,))]:
    try:
        print(template.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{0:{1}}".format("x", 4) + "|")

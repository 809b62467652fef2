# Starred assignment and unpacking in calls and displays.
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
a, *middle, z = range(6)
head, *tail = [1]
print(first, rest, init, last, a, middle, z, head, tail)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *[9]], (*"xy", 0), {*[1, 2], *[2, 3]}, {**{"a": 1}, **{"b": 2, "a": 3}})
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y = 5
except TypeError as e:
    print(type(e).__name__, e)

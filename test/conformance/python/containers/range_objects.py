# range objects: lengths, indexing, slicing, membership and reprs.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 8 in r, 9 in r, r.index(11), r.count(5))
print(range(5), range(0), list(range(5, 0, -2)), list(range(0)), len(range(10, 0)), range(1, 10)[::2])
print(range(3) == range(0, 3, 1), range(0) == range(5, 2), sum(range(1, 101)), max(range(7)))
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(range(-3, 3)), range(10 ** 20)[-1], len(range(0, 10 ** 20, 7)))

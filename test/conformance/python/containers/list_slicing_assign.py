# Slice assignment, extended slices and deletion.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
a[:] = "abc"
print(a)
b = list(range(6))
b[4:1:-1] = ["p", "q", "r"]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)

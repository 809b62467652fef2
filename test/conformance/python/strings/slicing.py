# Indexing and slicing strings, including negative steps and out-of-range bounds.
s = "Hello, World"
print(s[0], s[-1], s[4], s[-5])
print(s[:5], s[7:], s[-5:], s[:-7], s[2:9:2], s[::-1], s[::3], s[10:2:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[3:3]), s[::-4])
print(len(s), s[len(s) - 1], s[slice(1, 4)], s[slice(None, None, -2)])
try:
    s[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)

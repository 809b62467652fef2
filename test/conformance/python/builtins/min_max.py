# min/max with iterables, several arguments, key and default.
print(max(3, 1, 2), min([4, 2, 8]), max("apple", "banana", key=len), min([], default="empty"), max([], default=None))
print(max([(1, "b"), (1, "a"), (0, "z")]), min("hello"), max({"a": 3, "b": 1}, key=lambda k: k), max([1, 5, 5, 2], key=lambda x: -x))
words = ["kiwi", "fig", "banana", "plum"]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: (len(w), w)))
for args in [(), ([],)]:
    try:
        print(max(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    min(5)
except TypeError as e:
    print(type(e).__name__, e)

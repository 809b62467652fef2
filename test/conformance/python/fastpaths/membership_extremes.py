# `in` / `not in` on every container kind (str with non-ASCII and astral characters, dict, set, list, tuple,
# range, classes with __contains__ or only __iter__), their errors and evaluation order; max/min with key
# functions giving ints, floats, bools and mixes, where the first of equal items wins.
text = "naïve café 😀 ok"
print("ï" in text, "é 😀" in text, "😀" not in text, "" in text, "x" in text, "e c" not in text)
print(1 in {1: "a"}, 1.0 in {1}, True in [1], (1, "a") in {(1, "a"): 0}, 3 not in range(0, 10, 3), 4.0 in (4,))
class Evens:
    def __contains__(self, n):
        return n % 2 == 0
class Walk:
    def __iter__(self):
        return iter([1, 2, 3])
print(4 in Evens(), 3 in Evens(), 2 in Walk(), 5 not in Walk())
trace = []
def val(name, v):
    trace.append(name)
    return v
print(val("item", "a") in val("container", "abc"), trace)
for item, container in ((1, "abc"), ("a", 5), ([], {}), ("a", None)):
    try:
        print(item in container)
    except TypeError as e:
        print("TypeError", e)
words = ["bb", "a", "ccc", "dd", "eee", ""]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: -len(w)))
print(max([3, 1.5, 3.0, 2], key=lambda v: v), max([0.5, 2, 2.0], key=abs), min([True, 0, False], key=int))
print(max(range(10), key=lambda v: v % 4), min(range(10), key=lambda v: (v % 3, -v)), max([-1, 1], key=lambda v: v * v))
try:
    max([1, "a"], key=lambda v: v)
except TypeError as e:
    print("TypeError", e)

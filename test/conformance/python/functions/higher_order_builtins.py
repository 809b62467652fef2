# Functions as arguments: sorted keys, map with several iterables, filter with None.
def by_last_letter(word):
    return word[-1]
words = ["apple", "kiwi", "banana", "fig"]
print(sorted(words, key=by_last_letter), list(map(by_last_letter, words)), list(map(pow, [2, 3], [3, 2])))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda s: s + "!", "hi"), apply_twice(str.upper, "x"), apply_twice(len, "hello" * 3) if False else apply_twice(abs, -4))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(None, [0, "", "x", 2])), list(map(str.strip, [" a ", "b "])))

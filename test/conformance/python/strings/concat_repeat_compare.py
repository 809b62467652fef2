# +, *, comparisons and membership on strings.
print("ab" + "cd", "ab" * 3, 3 * "-", "x" * 0, "x" * -2, "" + "")
print("apple" < "banana", "Apple" < "apple", "abc" < "abd", "ab" < "abc", "b" > "abc", "a" == "a")
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["b", "A", "a"], key=str.lower), max("hello"), min("hello"))
print("ell" in "hello", "" in "abc", "x" not in "abc")
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)

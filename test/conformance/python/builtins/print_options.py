# print with sep, end, several arguments and no arguments.
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end="!\n")
print()
print(1, 2, 3, sep="\n")
print("no newline", end="")
print(" continued")
print(*range(5), sep=" < ")
print("x", None, True, 1.0, [1], sep="|")
print("", end="")
print(sep="ignored")
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)

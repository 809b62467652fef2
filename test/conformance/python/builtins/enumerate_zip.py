# enumerate with start, zip of unequal lengths, zip(strict=True) and unzipping.
names = ["ann", "bob", "cy"]
ages = [31, 25]
print(list(enumerate(names)), list(enumerate(names, start=1)), list(enumerate("ab", 10)))
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()), list(zip([1, 2])))
pairs = list(zip(names, [1, 2, 3]))
letters, numbers = zip(*pairs)
print(letters, numbers, dict(zip(names, ages)))
try:
    list(zip(names, ages, strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip(names, [1, 2, 3], strict=True)))
for i, (name, age) in enumerate(zip(names, ages)):
    print(i, name, age)

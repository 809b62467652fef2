# if/elif/else chains, conditional expressions and truthiness tests.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2:
        return "odd"
    else:
        return "even"
print([classify(n) for n in [-3, 0, 7, 10]])
for value in [0, 1, "", "x", [], [0], None, 0.0, {}]:
    print(repr(value), "truthy" if value else "falsy")
x = 5
label = "big" if x > 10 else "medium" if x > 3 else "small"
print(label, (x > 3) + (x > 4), x if x else "none")

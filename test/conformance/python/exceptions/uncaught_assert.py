# A failing assert without a message ends the program with a bare AssertionError.
def mean(values):
    assert values
    return sum(values) / len(values)
print(mean([1, 2, 3]))
print(mean([]))

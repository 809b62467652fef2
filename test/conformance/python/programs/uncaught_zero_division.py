# A ZeroDivisionError deep in a computation ends the program.
def average(values):
    return sum(values) / len(values)
def report(groups):
    for name, values in groups.items():
        print(name, average(values))
report({"a": [1, 2, 3], "b": [4], "c": []})

# An error deep in a call chain, never caught: the traceback names every frame.
def average(values):
    return total(values) / len(values)

def total(values):
    result = 0
    for v in values:
        result += v
    return result

print(average([1, 2, 3]))
print(average([]))

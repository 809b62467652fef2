# Returning tuples, early returns and implicit None.
def stats(values):
    if not values:
        return None
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / n
    return min(values), max(values), mean, var
lo, hi, mean, var = stats([2, 4, 4, 4, 5, 5, 7, 9])
print(lo, hi, mean, var, stats([]))
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
print(find("abc", "c"), find("abc", "z"))

# Assignment expressions as call arguments bind in the enclosing scope.
def pair(a, b):
    return a, b
print(pair(x := 3, x * 2), x)
print(max(total := sum([4, 5]), 1), total)
values = [1, 2, 3]
print(len(copy := values[:]), copy is values, copy)

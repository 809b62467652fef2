# Aliasing, shallow copies and the [[]] * n pitfall.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
a.append(4)
a[1].append(99)
print(a, b, c, d, a is b, a is c, a[1] is c[1])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
print(add_item(1), add_item(2), add_item(3, []))

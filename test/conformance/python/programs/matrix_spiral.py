# Spiral traversal and rotation of a matrix.
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(row) for row in zip(*m)][::-1]
    return out
grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(spiral([row[:] for row in grid]))
rotated = [list(row) for row in zip(*grid[::-1])]
for row in rotated:
    print(row)

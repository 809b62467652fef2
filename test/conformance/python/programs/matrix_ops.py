# Matrix operations with nested lists.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b), transpose(a), matmul(a, identity(2)) == a)
def show(m):
    for row in m:
        print(" ".join(f"{v:4}" for v in row))
show(matmul([[1, 2, 3]], [[1], [2], [3]]))
show(matmul(transpose([[1, 2, 3], [4, 5, 6]]), [[1, 0, 2], [0, 1, 3]]))
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
print(det(a), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))

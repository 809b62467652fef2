# A 2x2 matrix class with @, *, ==, indexing and iteration.
class M2:
    def __init__(self, a, b, c, d):
        self.v = [[a, b], [c, d]]
    def __matmul__(self, o):
        (a, b), (c, d) = self.v
        (e, f), (g, h) = o.v
        return M2(a * e + b * g, a * f + b * h, c * e + d * g, c * f + d * h)
    def __mul__(self, k):
        return M2(*(k * x for row in self.v for x in row))
    def __eq__(self, o):
        return self.v == o.v
    def __getitem__(self, ij):
        i, j = ij
        return self.v[i][j]
    def __iter__(self):
        return (x for row in self.v for x in row)
    def __repr__(self):
        return f"M2{tuple(self)}"
a = M2(1, 1, 1, 0)
p = a
for _ in range(9):
    p = p @ a
print(p, p[0, 1], a * 3, a @ M2(1, 0, 0, 1) == a, list(a), sum(p))

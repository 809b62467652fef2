# __iter__ written as a generator makes re-iterable containers.
class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c
    def __len__(self):
        return self.rows * self.cols
grid = Range2D(2, 3)
print(list(grid), len(grid), (1, 2) in grid, list(grid) == list(grid), dict.fromkeys(grid, 0)[(0, 1)])

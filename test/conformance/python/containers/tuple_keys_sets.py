# Tuples as dict keys and set members for grids and coordinates.
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(1, 2)], grid.get((5, 5), "off"), len(grid))
visited = {(0, 0), (0, 1), (1, 1)}
moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
start = (0, 0)
frontier = [(start[0] + dr, start[1] + dc) for dr, dc in moves]
print(sorted(p for p in frontier if p not in visited), (1, 1) in visited, sorted(visited))
print(sorted({(1, "b"), (1, "a"), (0, "z")}), {(1, 2): "x"} == {(1, 2): "x"})

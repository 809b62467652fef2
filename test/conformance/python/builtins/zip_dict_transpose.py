# zip for building dicts, transposing and pairing neighbours.
keys = ["a", "b", "c"]
values = [1, 2, 3]
print(dict(zip(keys, values)), list(zip(*[(1, 2), (3, 4), (5, 6)])), [b - a for a, b in zip(values, values[1:])])
table = [["x", "y"], [1, 2], [3, 4]]
header, *body = table
print([dict(zip(header, row)) for row in body], list(map(list, zip(*body))))
print(list(zip(range(3), "abc", [True, False, None])), list(zip("ab", longer := [1, 2, 3])))
print(longer)

# Comprehensions have their own scope but can read enclosing variables; class bodies are special.
factor = 3
print([factor * i for i in range(3)])
i = "unchanged"
squares = {i: i * i for i in range(3)}
print(i, squares)
def outer():
    base = 10
    return [base + j for j in range(3)]
print(outer())
class Config:
    names = ["a", "b"]
    upper = [n.upper() for n in names]
print(Config.upper)
matrix = [[1, 2], [3, 4]]
print([[row[c] for row in matrix] for c in range(2)], [x for row in matrix for x in row if x != 2])

# Comprehensions: filters, nesting, and scoping of the loop variable.
squares = [x * x for x in range(8)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(x, y) for x in range(3) for y in range(x)]
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(squares, evens, pairs, matrix)
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
x = "outer"
result = [x for x in "abc"]
print(result, x)
print([n if n % 3 else "fizz" for n in range(1, 8)], [c.upper() for c in "hey" if c != "e"])
print({n % 3 for n in range(10)}, {k: len(k) for k in ["a", "bb", "ccc"]}, list(n * 2 for n in range(4)))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], [(lambda i=i: i)() for i in range(3)])

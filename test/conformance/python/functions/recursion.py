# Recursive functions: factorial, fibonacci with memo, permutations, hanoi.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(5), fact(25))
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90))
def perms(items):
    if len(items) <= 1:
        return [items]
    return [[x] + p for i, x in enumerate(items) for p in perms(items[:i] + items[i + 1:])]
print(perms([1, 2, 3]))
moves = []
def hanoi(n, a, b, c):
    if n:
        hanoi(n - 1, a, c, b)
        moves.append((a, c))
        hanoi(n - 1, b, a, c)
hanoi(3, "A", "B", "C")
print(len(moves), moves[:4])
def flatten(x):
    return [y for item in x for y in flatten(item)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4]], 5]]))

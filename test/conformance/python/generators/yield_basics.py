# Generator functions pause at yield and resume on next().
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
print(next(g, "exhausted"))
print(list(gen()))
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), list(squares(5)), 16 in squares(10))

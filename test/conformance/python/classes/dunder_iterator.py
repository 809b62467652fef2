# A class implementing the iterator protocol with __iter__ and __next__.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for n in Countdown(3):
    print("tick", n)
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(50)
print(list(f), list(f), 21 in f)

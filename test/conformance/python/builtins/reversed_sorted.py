# reversed() on sequences and objects with __reversed__ or __len__/__getitem__.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), "".join(reversed("xyz")))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
print(list(reversed(Countdown(4))), list(Countdown(3)), sorted(Countdown(3), reverse=True))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))

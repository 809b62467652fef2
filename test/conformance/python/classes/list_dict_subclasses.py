# Subclasses of list and dict are filled by __init__: their own (calling super().__init__) or the base's.
class Stack(list):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, type(s).__name__, len(s), Stack(), Stack('ab'))


class Config(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loaded = True

    def __missing__(self, key):
        return 'default-' + key


c = Config({'lr': 0.1}, epochs=3)
print(c, c.loaded, c['lr'], c['momentum'])


class Plain(dict):
    pass


print(Plain(a=1), Plain([(1, 2)], b=3), Plain())


class Range(list):
    def __init__(self, n):
        super().__init__(range(n))


print(Range(4), sum(Range(5)))
for make in [lambda: Stack(1, 2), lambda: Plain(1, 2), lambda: Stack(a=1), lambda: list(a=1), lambda: dict(1, 2), lambda: Range()]:
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)

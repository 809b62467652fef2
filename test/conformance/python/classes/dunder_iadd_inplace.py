# __iadd__ mutates in place; without it += rebinds to a new object.
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
class Frozen:
    def __init__(self, n):
        self.n = n
    def __add__(self, k):
        return Frozen(self.n + k)
bag = Bag()
alias = bag
bag += "x"
bag += "y"
print(bag.items, alias is bag)
f = Frozen(1)
g = f
f += 5
print(f.n, g.n, f is g)

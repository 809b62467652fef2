# A shopping cart with discounts, using classes and dict aggregation.
class Item:
    def __init__(self, name, price, qty=1):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self):
        return self.price * self.qty
class Cart:
    def __init__(self):
        self.items = {}
    def add(self, name, price, qty=1):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price, qty)
    def subtotal(self):
        return sum(i.total for i in self.items.values())
    def total(self, discount=0.0):
        return round(self.subtotal() * (1 - discount), 2)
cart = Cart()
cart.add("apple", 0.5, 6)
cart.add("bread", 2.25)
cart.add("apple", 0.5, 2)
for item in cart.items.values():
    print(f"{item.name:<6} x{item.qty:<2} {item.total:>6.2f}")
print(cart.subtotal(), cart.total(0.1), len(cart.items))

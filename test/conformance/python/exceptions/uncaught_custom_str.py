# An uncaught custom exception prints its __str__ on the last line.
class OutOfStock(Exception):
    def __init__(self, item, wanted):
        super().__init__(item, wanted)
        self.item, self.wanted = item, wanted
    def __str__(self):
        return f"only 0 left of {self.item}, wanted {self.wanted}"
stock = {"apple": 0}
def order(item, n):
    if stock.get(item, 0) < n:
        raise OutOfStock(item, n)
order("apple", 2)

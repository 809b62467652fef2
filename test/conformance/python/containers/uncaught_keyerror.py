# A missing dict key raises KeyError out of a nested call.
prices = {"apple": 1.5, "pear": 2.0}
def total(cart):
    return sum(prices[item] * qty for item, qty in cart.items())
print(total({"apple": 2}))
print(total({"apple": 1, "kiwi": 3}))

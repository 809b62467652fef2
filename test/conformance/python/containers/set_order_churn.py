# A set with a long add/discard history (folded into the simulated table along the way) prints in CPython order.
s = {1, 2, 3}
for i in range(20000):
    s.add(i % 50 + 100)
    s.discard((i * 7) % 50 + 100)
print(len(s), s)

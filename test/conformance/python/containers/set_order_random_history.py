# Sets of numbers through long random histories of adds, discards and in-place unions; printed order must
# follow CPython's hash table (dummy slots included).
import random

random.seed(7)
for trial in range(6):
    s = set()
    for step in range(random.randint(5, 120)):
        r = random.random()
        value = random.randint(-40, 300) if trial % 2 else random.randint(0, 64) * 8
        if r < 0.6:
            s.add(value)
        elif r < 0.9:
            s.discard(random.choice(sorted(s)) if s else value)
        else:
            s |= {value, value + 1, 2 ** 40 + value}
    print(len(s), s)
t = {0.5, 1.5, -2.25, (1, 2), (3, 4)}
t.discard(1.5)
t.add(7.75)
print(t, {x for x in range(30) if x % 4} - {4, 8, 12, 13})

# random with a seed reproduces CPython's exact streams.
import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice("abcdef"), random.randrange(0, 100, 5), round(random.uniform(1, 2), 6))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5))
random.seed(2 ** 70 + 3)
print(random.random(), random.getrandbits(16))

# Seeded choices with weights, gauss and sampling.
import random
random.seed(7)
print(random.choices("abc", weights=[5, 1, 1], k=8), random.choices(range(3), k=4))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(10, 2), 10), round(random.gauss(5, 0.5), 10))
print(random.sample(["red", "green", "blue", "cyan"], 2), random.randint(-5, 5), random.choices([1, 2, 3], cum_weights=[1, 1, 10], k=3))
random.seed(1)
a = [random.random() for _ in range(3)]
random.seed(1)
b = [random.random() for _ in range(3)]
print(a == b, round(sum(a), 12))

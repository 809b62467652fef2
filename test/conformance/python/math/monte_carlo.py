# A seeded Monte Carlo estimate of pi.
import random
random.seed(2024)
inside = 0
trials = 20000
for _ in range(trials):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print(inside, 4 * inside / trials)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
print({total: rolls.count(total) for total in range(2, 13)})

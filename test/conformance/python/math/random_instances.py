# random.Random instances have their own Mersenne Twister streams; getstate/setstate replay them; every
# distribution gives CPython's numbers for the same seed.
import random

a = random.Random(42)
b = random.Random(42)
random.seed(42)
print(a.random() == b.random() == random.random())
print([a.randint(1, 6) for _ in range(8)], b.random())
print(type(a).__name__, isinstance(a, random.Random), random.Random.VERSION)

state = a.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [a.random() for _ in range(3)]
a.setstate(state)
print(first == [a.random() for _ in range(3)])

random.seed(7)
g1 = random.gauss()
saved = random.getstate()
print(saved[2] is not None, g1)
g2 = random.gauss()
random.setstate(saved)
print(random.gauss() == g2)

r = random.Random()
r.seed(2 ** 100 + 5)
print(r.random(), r.getrandbits(70), r.randrange(0, 1000, 7))
r.seed(-123)
print(r.random())
r.seed(1.5)
print(r.random())
r.seed(True)
print(r.random())
r.seed(a=99)
print(r.random())

rng = random.Random(2024)
print('expovariate', [rng.expovariate(1.5) for _ in range(5)])
print('gammavariate', [rng.gammavariate(a, 2.0) for a in (0.3, 0.5, 1.0, 2.5, 9.0)])
print('betavariate', [rng.betavariate(2, 5) for _ in range(4)], rng.betavariate(0.5, 0.5))
print('triangular', rng.triangular(), rng.triangular(1, 3), rng.triangular(0, 10, 8), rng.triangular(5, 5), rng.triangular(high=4, low=2, mode=3))
print('vonmises', [rng.vonmisesvariate(1.0, k) for k in (0.0, 0.5, 4.0, 50.0)])
print('lognorm', [rng.lognormvariate(0, 0.5) for _ in range(3)])
print('pareto', [rng.paretovariate(3) for _ in range(3)])
print('weibull', [rng.weibullvariate(1.0, 1.5) for _ in range(3)])
print('normal', [rng.normalvariate(2, 3) for _ in range(3)], rng.gauss(1, 2))
print('choices', rng.choices('abcde', k=6), rng.choices('abc', weights=[1, 0, 5], k=5), rng.choices(range(4), cum_weights=[1, 2, 2, 9], k=4))
deck = list(range(12))
rng.shuffle(deck)
print('shuffle', deck, rng.sample(deck, 4), rng.choice(deck), rng.uniform(-1, 1))

random.seed(3)
print('module', random.expovariate(0.25), random.gammavariate(3, 1), random.betavariate(1, 1), random.vonmisesvariate(0, 1), random.triangular(0, 1, 0.2))


class Fixed(random.Random):
    def random(self):
        return 0.25


f = Fixed(1)
print(f.uniform(0, 8), f.expovariate(2), f.triangular(0, 4), f.random())

for bad in [lambda: rng.gammavariate(0, 1), lambda: rng.expovariate(0), lambda: rng.setstate((2, (), None)),
            lambda: rng.setstate((3, (1, 2), None)), lambda: rng.setstate((3, tuple(range(624)) + (700,), None)),
            lambda: random.seed([1]), lambda: rng.getrandbits(-1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# chain, chain.from_iterable, islice and count.
from itertools import chain, islice, count
print(list(chain([1, 2], "ab", range(2))), list(chain()), list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice(range(20), 1, 15, 4)), list(islice("ab", 5)))
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 4)), next(evens))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
try:
    islice("abc", -1)
except ValueError as e:
    print(type(e).__name__, e)

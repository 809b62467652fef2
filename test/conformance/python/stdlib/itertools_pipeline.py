# A lazy pipeline over an infinite stream: nothing is computed until consumed.
from itertools import count, islice, takewhile, accumulate
log = []
def traced(n):
    log.append(n)
    return n * n
squares = map(traced, count(1))
odd_squares = filter(lambda s: s % 2, squares)
first = list(islice(odd_squares, 4))
print(first, log)
triangular = accumulate(count(1))
print(list(takewhile(lambda t: t < 50, triangular)))
def chunks(iterable, size):
    it = iter(iterable)
    while chunk := list(islice(it, size)):
        yield chunk
print(list(chunks(range(10), 4)))

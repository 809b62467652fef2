# Calling next() on an exhausted iterator outside a loop raises StopIteration.
it = iter([1, 2])
print(next(it), next(it))
print(next(it))

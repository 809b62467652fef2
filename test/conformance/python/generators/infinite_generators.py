# Infinite generators consumed with break, zip and enumerate.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
for i, p in enumerate(primes()):
    if i == 10:
        break
    print(p, end=" ")
print()
print(list(zip("abc", naturals())), [p for p, _ in zip(primes(), range(5))])

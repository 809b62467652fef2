# Prime statistics: twin primes, gaps and digit sums.
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
primes = [n for n in range(2, 500) if is_prime(n)]
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
gaps = [b - a for a, b in zip(primes, primes[1:])]
print(len(primes), twins[:6], max(gaps), gaps.index(max(gaps)), sum(primes[-5:]))
print({d: sum(1 for p in primes if p % 10 == d) for d in range(10) if d % 2 or d == 2})

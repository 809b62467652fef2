# Sieve of Eratosthenes and prime factorisation.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i :: i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(100)
print(primes, len(sieve(10000)))
def factorize(n):
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in [360, 97, 1001, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))

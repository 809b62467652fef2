# Euclid's gcd, Fibonacci with big ints, and digit sums.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 64, 6 ** 20))
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print([fib(i) for i in range(15)], fib(100), fib(300) % 1000000007)
print(sum(int(d) for d in str(2 ** 1000)), len(str(fib(1000))))

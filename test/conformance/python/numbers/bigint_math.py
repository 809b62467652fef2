# Arbitrary-precision integers: factorials, powers, digit sums, bit operations, conversions.
import math
f = math.factorial(30)
print(f, len(str(f)), sum(int(d) for d in str(f)), f % (10**9 + 7))
big = 2**100 + 1
print(big, big.bit_length(), big >> 90, big & 0xFFFF, -big // 3, -big % 3, hex(big), bin(2**70)[:10])
print(math.comb(60, 30), math.perm(20, 5), math.gcd(2**64, 6**20), math.isqrt(10**30 + 12345))
print(int("123456789" * 3) * 11, int("-0x1f", 16), int("0b1011", 0), int("  42  "), int(1e20), int(-2.9))
print(10**18 + 1 == 1e18 + 1, float(2**53 + 1), 2**53 + 1, (2**64) / 3, 7**77 // 7**75)
print(abs(-10**30), -(-2)**63, (2**63 - 1) * (2**63 - 1), sum(range(10**6)))
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[-1] % 1000, max(fib).bit_length())

# Integer algorithms: fast exponentiation, base conversion, perfect numbers.
def fast_pow(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result
print(fast_pow(3, 200, 1000000007), pow(3, 200, 1000000007))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return out
print(to_base(255, 2), to_base(255, 16), to_base(10 ** 12, 36), int(to_base(10 ** 12, 36), 36))
print([n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n])

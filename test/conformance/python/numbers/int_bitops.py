# Bitwise operators on positive, negative and big ints.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-1, -1 >> 10, -16 >> 2, -1 << 5)
big = (1 << 80) | 0xFF
print(big & 0xF0, big >> 76, big ^ big, ~big, -big >> 3)
print(bin(a), bin(-a), hex(255), hex(-255), oct(64))
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (37).bit_count())
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)

# Ints grow without bound; results stay exact.
a = 2 ** 100
print(a, a + 1, a - 2 ** 99, a * a)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 25) // 3, -(10 ** 25) % 3)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), f // 10 ** 20)
print(2 ** 64 - 1, -2 ** 63, (2 ** 64) >> 3, 1 << 70)
print(abs(-10 ** 20), hex(2 ** 70), bin(2 ** 40), oct(8 ** 15))
print(int("123456789012345678901234567890") * 3)
print(9007199254740993, 9007199254740992 + 1, 2 ** 53 + 1 == 9007199254740993)
print(type(2 ** 200).__name__, (2 ** 200).bit_length(), (-(2 ** 200)).bit_length())

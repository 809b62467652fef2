# float.hex / float.fromhex, int.from_bytes, as_integer_ratio, bit_count, and the truth of the singletons.
import random
import warnings


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(bool(...), bool(Ellipsis), not ..., bool(None))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print('NotImplemented is truthy:', bool(NotImplemented))
    if NotImplemented:
        print('if NotImplemented: taken')
for w in caught:
    print(w.category.__name__, w.message, w.lineno)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    attempt('as error', lambda: not NotImplemented)

for x in [0.0, -0.0, 1.0, -1.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
          1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 3.141592653589793, 1 / 3, 2.0 ** -1030]:
    h = x.hex()
    back = float.fromhex(h)
    print(repr(x), h, repr(back), back == x or back != back)

random.seed(7)
for _ in range(200):
    x = (random.random() - 0.5) * 10.0 ** random.randint(-320, 308)
    assert float.fromhex(x.hex()) == x, x
print('200 random round trips ok')

for text in ['0x1p0', '1', '-0x.8', '  0X1.8P+1  ', 'inf', '-Infinity', 'NaN', '0x1.fffffffffffff8p1022',
             '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', '0x1p-1074', '0x1p-1075',
             '0x1.0000000000001p-1075', '0x3p-1076', '0x1p-2000', '0x0p99999', 'ff', 'ff.8', '0x.1', '1p-1',
             '0x1.fffffffffffff8p1023', '0x1p1024', 'zz', '', '0x', '0x.p1', '1e5', '0x1p', '0x1.8p+1_0']:
    attempt(repr(text), lambda: float.fromhex(text))
attempt('fromhex(3)', lambda: float.fromhex(3))

print(int.from_bytes([4, 0]), int.from_bytes([4, 0], 'little'), int.from_bytes([255, 0], 'little', signed=True))
print(int.from_bytes([128], signed=True), int.from_bytes([], signed=True), int.from_bytes(range(5), byteorder='little'))
print(int.from_bytes([255] * 12, 'big', signed=True), int.from_bytes([255] * 12), int.from_bytes((1, 2, 3)))
print(bool.from_bytes([1]), bool.from_bytes([0]))
attempt('from str', lambda: int.from_bytes('ab'))
attempt('from int', lambda: int.from_bytes(5))
attempt('256', lambda: int.from_bytes([256]))
attempt('-1', lambda: int.from_bytes([-1]))
attempt('float item', lambda: int.from_bytes([1.0]))
attempt('order', lambda: int.from_bytes([1], 'middle'))

for n in [0, 5, -5, 2 ** 70, -(2 ** 70) + 3, True, False]:
    print(n, n.as_integer_ratio(), n.bit_count())
for x in [0.5, 0.1, -2.75, 1e300, 5e-324]:
    print(x, x.as_integer_ratio())
attempt('nan ratio', lambda: float('nan').as_integer_ratio())
attempt('inf ratio', lambda: float('inf').as_integer_ratio())

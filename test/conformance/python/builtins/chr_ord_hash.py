# chr/ord, and hash values that CPython guarantees (ints, bools, tuples of ints, None-free).
print([chr(c) for c in [65, 97, 48, 32, 126, 955]], [ord(c) for c in "Aa0 ~λ"])
print(hash(0), hash(1), hash(-1), hash(True), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 30), hash(-10 ** 30))
print(hash(1.0) == hash(1), hash(0.5), hash(1.5), hash(-2.25), hash((1, 2)), hash(()), hash((1, (2, 3))))
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({})
except TypeError as e:
    print(type(e).__name__, e)

# center/ljust/rjust/zfill/expandtabs.
for w in [3, 8, 11]:
    print(repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "-")), repr("ab".center(w, "=")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t6".expandtabs(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)

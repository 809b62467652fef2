# Building strings: join vs concatenation give the same result; repetition and alignment.
parts = [str(i) for i in range(10)]
s1 = ""
for p in parts:
    s1 += p
print(s1, "".join(parts) == s1, "-".join(parts[:3]), ",".join(map(str, range(3))))
print("=" * 20)
print("|" + "abc".center(18) + "|")
print("\n".join(f"{i:>2}: {'*' * i}" for i in range(1, 5)))

# Strings are immutable: methods return new strings and identity-free comparisons.
s = "abc"
t = s
s += "d"
print(s, t, s is t)
u = s.upper()
print(s, u)
chars = list(s)
chars[0] = "Z"
print("".join(chars), s)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.append("x")
except AttributeError as e:
    print(type(e).__name__, e)

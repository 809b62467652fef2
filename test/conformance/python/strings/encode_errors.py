# agnb strings: encode is not supported, but str methods on unicode text work; errors are clear.
s = "naïve café"
print(len(s), s.upper(), s[2], ord(s[2]), s.find("é"), s.replace("é", "e"))
print(chr(233), "\u00e9" == "é", sorted("éae"), "Straße".lower(), "ǅ".lower())
try:
    s.index(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.foo()
except AttributeError as e:
    print(type(e).__name__, e)

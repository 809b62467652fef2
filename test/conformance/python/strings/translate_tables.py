# translate with dict tables mapping to strings, ints and None.
table = {ord("a"): "4", ord("e"): 51, ord("s"): None}
print("sensational cases".translate(table))
leet = str.maketrans("aeiost", "431057")
print("leet speak is the best".translate(leet), str.maketrans({"x": "yz"}))
class Upper:
    def __getitem__(self, code):
        if chr(code).isalpha():
            return chr(code).upper()
        raise LookupError
print("mixed 123 text".translate(Upper()))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(type(e).__name__, e)

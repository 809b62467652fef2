# Indexing past the end of a string is an uncaught IndexError.
def last_char(s, offset):
    return s[len(s) + offset]
print(last_char("hello", -1))
print(last_char("hello", 0))

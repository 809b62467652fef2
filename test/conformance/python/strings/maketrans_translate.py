# str.maketrans and translate for substitution and deletion.
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), "cab".translate(table))
drop = str.maketrans("", "", "aeiou")
print("programming language".translate(drop))
mapping = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello amazing world".translate(mapping))
print(str.maketrans("ab", "cd"))

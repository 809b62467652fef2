# title() starts a word after any uncased character; capitalize() lowercases the rest.
for s in ["hello world", "they're bill's friends", "x1y2 z3", "ǆemal", "ﬁsh", "HELLO", "3rd place", "a-b_c.d"]:
    print(repr(s), repr(s.title()), repr(s.capitalize()), s.istitle(), s.title().istitle())

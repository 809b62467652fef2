# isdigit/isalpha/isalnum/isspace/isdecimal/isnumeric/isidentifier/isprintable/isascii.
samples = ["123", "abc", "abc123", " \t\n", "", "12.5", "-1", "Ab Cd", "_name1", "1name", "½", "²", "é", "a\x07"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())

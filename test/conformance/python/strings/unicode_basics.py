# Unicode text: lengths, code points, case mapping and sorting.
s = "Grüße, 世界! ñ"
print(len(s), s.upper(), s.lower(), s.casefold(), [ord(c) for c in s[:5]], s[7:9])
print(s.encode if False else "no bytes", s.isprintable(), "世界".isalpha(), "Ⅻ".isnumeric(), "½".isnumeric(), "٣".isdigit(), int("٣"))
print(sorted("ñandú"), "straße".upper(), "İ".lower() == "i̇", len("İ".lower()))

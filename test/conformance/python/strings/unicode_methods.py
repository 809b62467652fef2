# String methods on Unicode text: case mapping, width padding, searching and splitting with non-ASCII and emoji.
s = "Straße 🔥 Crème brûlée — naïve café"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.swapcase())
print(len(s), s.find("🔥"), s.index("—"), s.count("é"), s[7], s[-4:], s[::-1])
print(s.split(), s.split("é"), s.partition("🔥"), s.rsplit(" ", 2))
print(s.center(40, "·"), "|" + "🔥".ljust(3, "*") + "|", "ß".upper(), "İ".lower(), len("İ".lower()))
for w in ["café", "naïve", "🔥", "ΣΊΣΥΦΟΣ", "日本語", "١٢٣"]:
    print(w, len(w), w.isalpha(), w.isdigit(), w.isnumeric(), w.lower(), [hex(ord(c)) for c in w][:3])
print("é" == "e\u0301", len("e\u0301"), "ñ".encode if False else "ok", sorted(["é", "e", "f", "🔥", "z", "É"]))
print(" ".join(reversed(s.split())), "-".join("🔥🎉"), "🎉" * 3, "x🔥y".replace("🔥", "fire"))

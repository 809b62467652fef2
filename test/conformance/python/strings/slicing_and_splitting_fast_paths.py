# String indexing, slicing, iteration and splitting on ASCII text, and the same on text with characters beyond
# U+FFFF (two UTF-16 units each), long and short.
ascii_text = "the quick brown fox jumps over the lazy dog. " * 3
emoji_text = "a😀b🎉c" * 30
for s in [ascii_text, emoji_text, "x😀", "😀", ""]:
    print(len(s), s[:5], s[-3:], s[::7][:12], s[10:2:-3], s[1:-1:4][:9], repr(s[3:3]))
    print([s[i] for i in range(0, len(s), 17)])
    print("".join(ch for ch in s[:10]), sum(1 for ch in s))
    if s:
        print(s[0], s[-1], s[len(s) // 2])
for bad in [len(ascii_text), -len(ascii_text) - 1]:
    try:
        ascii_text[bad]
    except IndexError as e:
        print("IndexError:", e)
print(" a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u2003m\u3000n ".split())
print("  lead and trail  ".split(), "one".split(), "".split(), "   ".split())
print("a b  c   d".split(None, 2), "a b  c   d".split(maxsplit=1))
words = ("😀 wide " * 5).split()
print(words, max(words, key=len))
for spec in ["{:>10}|{:3d}", "{:^9}|{:<4d}|", "{:*<7}|{:+05d}"]:
    print([spec.format(w, len(w)) for w in ["ab", "😀😀", "longer text"]])
print([f"{w:>6}|{len(w):2d}" for w in ascii_text.split()[:6]])
try:
    f"{'x':q}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'x':q}"
except ValueError as e:
    print("ValueError again:", e)
for spec in ["q", "10q", ">10q", "qq", "é", "\n"]:
    for value in ["x", 5, 5.0]:
        try:
            format(value, spec)
        except ValueError as e:
            print("ValueError:", e)

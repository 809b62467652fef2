# Slices with two bounds (`s[a:b]`, `s[:b]`, `s[a:]`) of str, list, tuple and range: negative and out-of-range
# bounds, bools, big ints, None and __index__ objects as bounds, non-ASCII and astral characters, and f-strings
# whose format specs are constant or computed.
text = "héllo wörld 😀 ok 𝄞!"
plain = "the quick brown fox"
items = [0, 1, 2, 3, 4, 5]
class Two:
    def __index__(self):
        return 2
big = 2 ** 70
for s in (text, plain, items, tuple(items), range(6)):
    print(repr(s[2:5]), repr(s[:3]), repr(s[-4:]), repr(s[-100:100]), repr(s[5:2]), repr(s[3:-3]), repr(s[:]))
    print(repr(s[True:Two()]), repr(s[None:-1]), repr(s[-big:big]), repr(s[big:]), repr(s[len(s):]), repr(s[-1:0]))
windows = [plain[i:i + 4] for i in range(0, len(plain), 3)]
print(windows, [text[i:i + 3] for i in range(0, len(text), 4)])
for bad in (1.5, "a", [1]):
    try:
        print(plain[bad:3])
    except TypeError as e:
        print("TypeError", e)
    try:
        print(items[:bad])
    except TypeError as e:
        print("TypeError", e)
copy = items[:]
copy.append(9)
print(items, copy, items[1:3] + items[4:])
width = 8
for w in ("ab", "héllo", "😀x", "a-very-long-word"):
    print(f"[{w:>10}|{len(w):3d}|{w:^{width}}|{w!r:<12}|{w:.2}|{len(w):{width}.1f}]")
print(f"{'x'}{3.5:08.3f}{-7:+d}{255:#x}{'end'}", f"{text}", f"{plain[4:9]!s:*^11}")

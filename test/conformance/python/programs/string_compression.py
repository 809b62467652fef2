# Run-length encoding and decoding.
def encode(s):
    if not s:
        return ""
    out, count = [], 1
    for prev, ch in zip(s, s[1:]):
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            count = 1
    out.append(f"{count}{s[-1]}")
    return "".join(out)
def decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    e = encode(s)
    print(repr(s), e, decode(e) == s)

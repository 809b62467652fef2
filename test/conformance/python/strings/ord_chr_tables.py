# ord/chr round trips and a Caesar cipher.
def caesar(text, shift):
    out = []
    for c in text:
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + shift) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
print([chr(i) for i in range(97, 103)], [ord(c) - 96 for c in "abc"], chr(0x1F600) == "\U0001F600")
print(max(range(256), key=lambda i: chr(i).isalpha() and i), ord(max("hello")))

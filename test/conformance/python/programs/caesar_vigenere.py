# Vigenere cipher with modular arithmetic on letters.
def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)
secret = vigenere("Attack at Dawn!", "Lemon")
print(secret, vigenere(secret, "Lemon", decrypt=True))

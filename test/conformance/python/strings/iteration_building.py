# Iterating characters and building strings efficiently.
word = "stressed"
print(list(word), "".join(reversed(word)), [c for c in word if c in "aeiou"])
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
parts = []
for i, ch in enumerate("abc"):
    parts.append(ch * (i + 1))
print("-".join(parts))
print([w.capitalize() for w in "the cat sat".split()], " ".join(w[::-1] for w in "hello world".split()))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))

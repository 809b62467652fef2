# Character-level text handling as in char-RNN tutorials: vocabulary, encoding, indexing, slicing, formatting.
import time
text = "the quick brown fox jumps over the lazy dog. " * 4000
start = time.perf_counter()
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
encoded = [stoi[c] for c in text]
vowels = 0
for i in range(len(text)):
    if text[i] in "aeiou":
        vowels += 1
windows = [text[i:i + 8] for i in range(0, len(text) - 8, 3)]
report = [f"{w:>10}|{len(w):3d}" for w in windows[:20000]]
words = text.split()
longest = max(words, key=len)
elapsed = time.perf_counter() - start
print(len(chars), sum(encoded), vowels, len(windows), report[7], len(words), longest)
print("seconds:", elapsed)

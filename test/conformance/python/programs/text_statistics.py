# Text statistics with Counter, sorting, and aligned columns, including non-ASCII words.
from collections import Counter, defaultdict

text = """Über den Wolken muss die Freiheit wohl grenzenlos sein.
The café served crème brûlée; the café was full. 🔥 the end 🔥"""
words = [w.strip(".;,").lower() for w in text.split()]
counts = Counter(words)
print(counts.most_common(4))
print(len(words), len(counts), sum(counts.values()), counts["café"], counts["missing"])
by_first = defaultdict(list)
for w in sorted(set(words)):
    by_first[w[0]].append(w)
for letter in sorted(by_first)[:6]:
    print(f"{letter!r:>5} {len(by_first[letter]):2d} {', '.join(by_first[letter])}")
longest = max(words, key=len)
print(longest, len(longest), f"{longest:>15}|", f"{'🔥':^5}|", [len(l) for l in text.splitlines()])
chars = Counter(c for c in text if not c.isspace())
print(chars.most_common(3), sorted(chars)[-3:])

# Dict-heavy text statistics: word and bigram counts, grouping and sorting by frequency.
import time
vocabulary = "the quick brown fox jumps over the lazy dog and the dog sleeps while the fox runs far away".split()
seed = 12345
text = []
for i in range(60000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    text.append(vocabulary[(seed >> 16) % len(vocabulary)])
start = time.perf_counter()
counts = {}
for word in text:
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
bigrams = {}
for pair in zip(text, text[1:]):
    bigrams[pair] = bigrams.get(pair, 0) + 1
by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
top_pairs = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
elapsed = time.perf_counter() - start
print(top, top_pairs, sorted((k, sorted(v)) for k, v in by_length.items()))
print("seconds:", elapsed)

# A classic: word frequencies, sorted by count then word.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for word, count in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:>10} {count:2d} {'#' * count}")
print(len(words), len(freq), max(freq, key=lambda w: (len(w), w)))

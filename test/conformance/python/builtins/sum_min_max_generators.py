# Aggregates over generator expressions with keys and defaults.
scores = {"ann": 91, "bob": 78, "cy": 85}
print(sum(s for s in scores.values() if s > 80), max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
print(max((s for s in scores.values() if s > 100), default="none"), sum(len(name) for name in scores), sum([], start=10))
words = ["a", "abc", "ab"]
print(sorted(words, key=len, reverse=True)[0], max(len(w) for w in words), min(words, key=lambda w: -len(w)))

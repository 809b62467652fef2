# Lists, dicts and comprehensions.
import time
start = time.perf_counter()
counts = {}
for word in ["alpha", "beta", "gamma", "delta"] * 100000:
    counts[word] = counts.get(word, 0) + 1
squares = [x * x for x in range(500000) if x % 3]
pairs = sorted((v, k) for k, v in counts.items())
elapsed = time.perf_counter() - start
print(len(squares), sum(squares) % 1000003, pairs)
print("seconds:", elapsed)

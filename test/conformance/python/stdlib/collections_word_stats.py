# A text-statistics program combining Counter, defaultdict and namedtuple.
from collections import Counter, defaultdict, namedtuple
text = "to be or not to be that is the question whether tis nobler in the mind to suffer"
words = text.split()
Stat = namedtuple("Stat", "word count first")
freq = Counter(words)
first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
stats = [Stat(w, n, first_seen[w]) for w, n in freq.most_common(4)]
for s in stats:
    print(s)
by_length = defaultdict(list)
for w in sorted(set(words)):
    by_length[len(w)].append(w)
print(dict(sorted(by_length.items())))

# Sorting with keys: tuples, reverse, stability, itemgetter/attrgetter, sorting dicts by value.
from operator import itemgetter, attrgetter

scores = {"ada": 91, "bob": 78, "cy": 91, "dee": 85}
print(sorted(scores), sorted(scores, key=scores.get), sorted(scores.items(), key=itemgetter(1), reverse=True))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(max(words, key=len), min(words, key=str.lower), sorted([3, 1, 2], reverse=True))

class Run:
    def __init__(self, name, loss):
        self.name, self.loss = name, loss
    def __repr__(self):
        return f"Run({self.name}, {self.loss})"

runs = [Run("a", 0.3), Run("b", 0.1), Run("c", 0.3)]
print(sorted(runs, key=attrgetter("loss")), sorted(runs, key=attrgetter("loss", "name"), reverse=True))
data = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
data.sort(key=itemgetter(0))
print(data)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)

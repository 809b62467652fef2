# Counter: counting, most_common, arithmetic and missing keys.
from collections import Counter
c = Counter("mississippi")
print(c, c["s"], c["z"], len(c), c.most_common(2), c.most_common()[-1])
c.update("sip")
c.subtract({"i": 2})
print(c, sum(c.values()), c.total())
words = Counter("the cat and the hat and the bat".split())
print(words.most_common(3), sorted(words.elements())[:5], list(words))
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a | b, a & b, Counter(), Counter({"x": 0}))
print(isinstance(c, dict), dict(Counter("aab")), Counter("aab") == {"a": 2, "b": 1})

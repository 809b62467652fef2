# Counter with most_common ties, arithmetic on letter counts and anagram checks.
from collections import Counter
def is_anagram(a, b):
    return Counter(a.replace(" ", "").lower()) == Counter(b.replace(" ", "").lower())
print(is_anagram("Dormitory", "dirty room"), is_anagram("abc", "abd"))
votes = Counter(["b", "a", "c", "a", "b", "d"])
print(votes.most_common(), votes.most_common(1), votes["z"], "z" in votes)
need, have = Counter("balloon"), Counter("bloonal")
print(need - have, (need - have) == Counter(), Counter("aab") + Counter("bcc"))

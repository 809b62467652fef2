# groupby groups consecutive items with equal keys.
from itertools import groupby
data = "aaabccdddda"
print([(k, len(list(g))) for k, g in groupby(data)])
print(["".join(g) for _, g in groupby(data)])
people = [("ann", "dev"), ("bob", "dev"), ("cy", "ops"), ("di", "dev")]
for team, members in groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(team, [m[0] for m in members])
print([(k, list(g)) for k, g in groupby([1, 2, 4, 5, 7], key=lambda n: n // 3)])
groups = groupby("aabb")
first_key, first_group = next(groups)
second_key, second_group = next(groups)
print(first_key, list(first_group), second_key, list(second_group))

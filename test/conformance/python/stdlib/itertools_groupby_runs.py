# Run-length encoding and longest runs with groupby.
from itertools import groupby
s = "aaabbbbccdaa"
runs = [(ch, sum(1 for _ in g)) for ch, g in groupby(s)]
print(runs, max(runs, key=lambda r: r[1]))
temps = [12, 14, 18, 21, 22, 19, 15, 23, 25]
warm = [list(g) for warm, g in groupby(temps, key=lambda t: t >= 20) if warm]
print(warm, [k for k, _ in groupby([1, 1, 2, 3, 3, 3, 1])])

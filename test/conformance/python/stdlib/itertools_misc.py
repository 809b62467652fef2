# cycle, repeat, takewhile, dropwhile, filterfalse, compress, starmap, zip_longest, pairwise, tee.
from itertools import cycle, repeat, takewhile, dropwhile, filterfalse, compress, starmap, zip_longest, pairwise, tee, islice
print(list(islice(cycle("ab"), 5)), list(repeat(7, 3)), list(map(pow, range(4), repeat(2))), list(repeat("x", 0)))
nums = [1, 4, 6, 2, 8, 3]
print(list(takewhile(lambda n: n < 5, nums)), list(dropwhile(lambda n: n < 5, nums)), list(filterfalse(lambda n: n % 2, nums)))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(starmap(pow, [(2, 5), (3, 2)])), list(starmap(max, [(1, 9, 3)])))
print(list(zip_longest("abc", [1])), list(zip_longest([1, 2], [3], fillvalue=0)), list(pairwise("abcd")), list(pairwise([1])))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(cycle([])))

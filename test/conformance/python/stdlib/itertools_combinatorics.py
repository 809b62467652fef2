# product, permutations, combinations and combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=3))[:5], len(list(product(range(3), repeat=2))))
print(list(permutations([1, 2, 3])), list(permutations("abcd", 2))[:6], list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3))[-3:], list(combinations([1, 2], 0)), list(combinations([1], 3)))
print(list(combinations_with_replacement("abc", 2)), len(list(combinations_with_replacement(range(4), 3))))
print(list(product()), sum(1 for _ in permutations(range(6))))
words = ["".join(p) for p in permutations("tea")]
print(words)

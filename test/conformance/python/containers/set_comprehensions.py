# Set comprehensions, frozensets, and set-based algorithms on ints.
evens = {n for n in range(20) if n % 2 == 0}
squares = {n * n for n in range(-4, 5)}
print(sorted(evens & squares), sorted(squares), len(squares))
def unique_sums(xs):
    return sorted({a + b for i, a in enumerate(xs) for b in xs[i + 1:]})
print(unique_sums([1, 2, 3, 5]))
groups = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(groups), frozenset({1, 2}) in groups, sorted(sorted(g) for g in groups))
print(set(), {0}, {1, 2, 3} - {2}, {1, 2} | {2, 3}, {5, 4, 3, 2, 1})

# Binary search, bisect-style insertion points and a guessing game trace.
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
xs = list(range(0, 100, 3))
for t in [0, 42, 99, 50]:
    print(t, binary_search(xs, t))
def insertion_point(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
print([insertion_point([1, 3, 3, 5], x) for x in [0, 3, 4, 9]])

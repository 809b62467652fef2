# any/all short-circuit and work on any iterable.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
words = ["alpha", "beta", "gamma"]
print(all(w.islower() for w in words), any(w.startswith("b") for w in words), any({}), all({0: 1}))

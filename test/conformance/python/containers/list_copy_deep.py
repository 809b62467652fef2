# Shallow copies share nested lists; building independent copies by hand.
original = [[1, 2], [3, 4]]
shallow = original.copy()
manual_deep = [row[:] for row in original]
original[0].append(99)
original.append([5])
print(original, shallow, manual_deep)
nested = {"a": [1], "b": {"c": [2]}}
def deep_copy(x):
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    return x
clone = deep_copy(nested)
nested["b"]["c"].append(3)
print(nested, clone)

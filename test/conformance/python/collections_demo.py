# Lists, tuples, dicts and sets.
nums = [5, 3, 8, 1, 9, 2]
nums.append(7)
nums.extend([4, 6])
nums.insert(0, 10)
print(nums, len(nums), nums[2], nums[-1], nums[1:4], nums[::3])
print(nums.pop(), nums.pop(0), nums, nums.index(8), nums.count(3), 3 in nums)
nums.remove(3)
nums.sort()
print(nums, sorted(nums, reverse=True), list(reversed(nums)), min(nums), max(nums), sum(nums))
nums[1:3] = [20, 30, 40]
print(nums)
del nums[0]
del nums[-2:]
print(nums, nums * 2, nums + [0], [0] * 5, [[0] * 2] * 2)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1][2], [row[0] for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
flat = [v for row in matrix for v in row]
print(flat, flat[::-1], flat[-3:], flat[:100])
pairs = [(2, 'b'), (1, 'a'), (2, 'a'), (1, 'c')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: (-p[0], p[1])))
t = (1, 2, 3)
print(t, t[0], t[1:], t + (4,), t * 2, len(t), t.index(2), t.count(1), (1,), (), tuple([1, 2]))
a, b, c = t
print(a + b + c, t == (1, 2, 3), t < (1, 2, 4), (1, 2) < (1, 2, 0), [1, 2] == [1, 2], [1, [2]] == [1, [2]])
d = {"apple": 3, "banana": 5}
d["cherry"] = 7
d["apple"] += 1
print(d, d["banana"], d.get("x"), d.get("x", 0), len(d), "apple" in d, 3 in d)
print(list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.values(), d.items())
for k, v in d.items():
    print(k, "->", v)
print(d.pop("banana"), d, d.setdefault("date", 1), d.setdefault("apple", 100), d)
d.update({"elder": 2}, fig=9)
print(d, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), {**d, "z": 0})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]), max(counts, key=counts.get))
squares = {n: n * n for n in range(6)}
print(squares, {k: v for k, v in squares.items() if v % 2 == 0}, dict.fromkeys("ab", 0))
d2 = {1: "int", 1.0: "float", True: "bool", (1, 2): "tuple", None: "none"}
print(d2, len(d2), d2[1], d2[(1, 2)])
nested = {"a": [1, 2], "b": {"c": 3}}
print(nested["b"]["c"], nested["a"][-1], nested)
s = {1, 2, 3}
s.add(4)
s.discard(10)
print(sorted(s), len(s), 2 in s, sorted(s | {5}), sorted(s & {1, 2, 9}), sorted(s - {1}), sorted(s ^ {1, 9}))
print(sorted(set("hello")), len(set([1, 1, 2, 2])), {1, 2} <= {1, 2, 3}, {1, 2} == {2, 1}, set() == set(), sorted({x % 3 for x in range(10)}))
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -2)), range(5), range(1, 10, 2), len(range(0, 100, 7)), range(10)[2:5], 5 in range(10))
print(list(enumerate("abc")), list(enumerate("ab", start=1)), list(zip([1, 2, 3], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])))
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
copy = nums.copy()
copy.append(99)
print(nums, copy, nums is copy, nums == nums[:])
lst = [1, 2, 3]
alias = lst
alias.append(4)
print(lst, alias is lst)
print([1, 2, 3][-1], list("abc"), list((1, 2)), list({"k": 1}), sorted([3, 1, 2]), sorted("cba"), sorted([[2, 1], [1, 2]]))
for bad in ["lst[10]", "d['nope']", "t[5]", "lst.remove(99)", "{}.popitem()", "[].pop()", "unhashable"]:
    try:
        if bad == "lst[10]": lst[10]
        elif bad == "d['nope']": d['nope']
        elif bad == "t[5]": t[5]
        elif bad == "lst.remove(99)": lst.remove(99)
        elif bad == "{}.popitem()": {}.popitem()
        elif bad == "[].pop()": [].pop()
        else: {[1]: 2}
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)

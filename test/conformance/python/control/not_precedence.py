# `not` binds looser than comparisons and tighter than `and`/`or`.
stack = [1, 2]
while not stack == [] and stack.pop():
    print("popped, left", stack)
items = []
print(not items or items[0], not [] and 5, not 1 == 2, not 1 in [1, 2], not None is None)
def check(x):
    return not x > 3 or x == 10
print([check(x) for x in [1, 5, 10]], [x for x in range(6) if not x % 2 and x])

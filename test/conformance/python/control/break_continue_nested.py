# break and continue affect only the innermost loop; flags and functions exit outer loops.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print(i, j)
def find_pair(target, nums):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                return a, b
    return None
print(find_pair(9, [2, 7, 11, 15]), find_pair(100, [1, 2]))
count = 0
while True:
    count += 1
    if count < 5:
        continue
    break
print(count)

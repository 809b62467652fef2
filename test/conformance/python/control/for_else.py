# for/else and while/else: else runs only when the loop was not broken.
def find_first_even(nums):
    for n in nums:
        if n % 2 == 0:
            print("found", n)
            break
    else:
        print("no even number")
find_first_even([1, 3, 4, 5])
find_first_even([1, 3])
find_first_even([])
n = 10
while n > 0:
    n -= 3
    if n == 5:
        break
else:
    print("while finished, n =", n)
for i in range(3):
    continue
else:
    print("continue does not skip else", i)

# if/elif/else, loops with else, break/continue, pass.
for n in range(1, 16):
    if n % 15 == 0:
        print("FizzBuzz", end=" ")
    elif n % 3 == 0:
        print("Fizz", end=" ")
    elif n % 5 == 0:
        print("Buzz", end=" ")
    else:
        print(n, end=" ")
print()
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("never printed")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
count = 0
while count < 3:
    count += 1
else:
    print("while finished with", count)
for x in []:
    pass
else:
    print("empty for runs else")
if not []:
    pass
total = 0
for i in range(100):
    if i % 7: continue
    total += i
print(total)
x = 5
result = "big" if x > 3 else "small"
print(result, "yes" if [] else "no", 0 or "default", 3 and 4, None or 0 or [], 1 and 0)
grid = []
for r in range(3):
    row = []
    for c in range(3):
        if c > r:
            break
        row.append((r, c))
    grid.append(row)
print(grid)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps:", steps)
acc = 0
for i in range(1_000_00):
    acc += i * i % 7
print(acc)
for i, ch in enumerate("hey"):
    print(i, ch, end="; ")
print()
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
if (y := 10) > 5:
    print("walrus", y)
values = [3, 8, 1]
while values:
    print("popped", values.pop())

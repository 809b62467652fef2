# Common loop patterns: accumulate, search with flag, nested with labels via functions.
numbers = [4, 8, 15, 16, 23, 42]
running, evens, found = 0, [], None
for n in numbers:
    running += n
    if n % 2 == 0:
        evens.append(n)
    if found is None and n > 15:
        found = n
print(running, evens, found)
pairs = []
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24:
            pairs.append((a, b))
print(pairs)
i = 0
while i < len(numbers) and numbers[i] < 20:
    i += 1
print(i, numbers[i:])

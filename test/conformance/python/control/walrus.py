# Assignment expressions in conditions, comprehensions and while loops.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"{n} items")
print([y for x in data if (y := x * 2) > 6], y)
values = iter([5, 3, 0, 7])
total = 0
while (v := next(values)) != 0:
    total += v
print(total, v)
print([last := i for i in range(3)], last)

# while loops: counters, sentinel values and digit manipulation.
n = 12345
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1], sum(digits))
balance, years = 1000.0, 0
while balance < 2000:
    balance *= 1.07
    years += 1
print(years, round(balance, 2))
queue = [5]
seen = []
while queue:
    x = queue.pop(0)
    seen.append(x)
    if x > 1:
        queue.append(x // 2)
print(seen)

# Shifts of ints near and beyond 2**53 (where agnb switches from doubles to bigints), of negatives, and by
# large counts.
values = [0, 1, -1, 5, -5, 7, -7, 2**31 - 1, -(2**31), 2**52, -(2**52), 2**53 - 1, -(2**53 - 1), 2**53, 2**60 + 3, -(2**60) - 3]
for v in values:
    print(v, [v >> k for k in (0, 1, 3, 31, 52, 53, 63, 64, 100)])
    print(v, [v << k for k in (0, 1, 3, 20, 31, 52, 63, 64)])
print([(-1) >> 10**6, 1 >> 10**6, 0 << 10**3, 3 >> 2**70])
total = 0
for i in range(-40, 40):
    total += (i << 3) ^ (i >> 1) ^ (i << 50 >> 47)
print(total)
for bad in [lambda: 1 << -1, lambda: 1 >> -1]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

# Integer arithmetic in a while loop and a for loop over range.
import time
start = time.perf_counter()
total = 0
i = 0
while i < 300000:
    total += i * i % 7
    i += 1
for j in range(300000):
    total -= j & 3
elapsed = time.perf_counter() - start
print(total)
print("seconds:", elapsed)

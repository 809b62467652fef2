# Mean, median, mode, variance and standard deviation computed by hand.
import math
data = [2, 4, 4, 4, 5, 5, 7, 9, 10]
n = len(data)
mean = sum(data) / n
ordered = sorted(data)
median = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
mode = max(set(data), key=data.count)
variance = sum((x - mean) ** 2 for x in data) / (n - 1)
print(mean, median, mode, variance, math.sqrt(variance), round(math.sqrt(variance), 4))
z = [(x - mean) / math.sqrt(variance) for x in data]
print([round(v, 3) for v in z], round(sum(z), 12))

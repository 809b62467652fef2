# Negative indices and slices with steps on strings.
s = "0123456789"
print(s[-1], s[-10], s[-3:], s[:-3], s[-3:-1], s[::-2], s[-1:-4:-1], s[5::-1], s[:5:-1])
for step in [1, 2, 3, -1, -3]:
    print(step, s[::step], s[1:8:step], s[8:1:step])

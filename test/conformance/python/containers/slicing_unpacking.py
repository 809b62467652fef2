# Slicing and unpacking the way data-splitting code uses them.
data = list(range(20))
train, val, test = data[:14], data[14:17], data[17:]
print(train, val, test, data[::5], data[-3:], data[5:2], data[::-4])
batch_size = 6
batches = [data[i:i + batch_size] for i in range(0, len(data), batch_size)]
print(batches, len(batches), [len(b) for b in batches])
head, *tail = batches
*rest, last = data
a, (b, c), d = 1, (2, 3), 4
print(head, len(tail), last, rest[-1], a, b, c, d)
matrix = [[r * 4 + c for c in range(4)] for r in range(3)]
print([row[1:3] for row in matrix[1:]], [row[-1] for row in matrix], list(zip(*matrix))[0])
s = slice(2, 10, 3)
print(data[s], s.indices(len(data)), s, "abcdef"[s])
data[2:5] = ["x"]
del data[::4]
print(data, len(data))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)

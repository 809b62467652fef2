# A tutorial-style numeric loop on lists of floats: fitting a line by gradient descent, then its loss.
import math
import time
start = time.perf_counter()
xs = [i * 0.001 for i in range(3000)]
ys = [3.0 * x + 0.5 + 0.1 * math.sin(7.0 * x) for x in xs]
w, b = 0.0, 0.0
lr = 0.5
n = len(xs)
for epoch in range(40):
    dw = 0.0
    db = 0.0
    for x, y in zip(xs, ys):
        err = w * x + b - y
        dw += err * x
        db += err
    w -= lr * dw / n
    b -= lr * db / n
losses = [(w * x + b - y) ** 2 for x, y in zip(xs, ys)]
elapsed = time.perf_counter() - start
print(round(w, 9), round(b, 9), round(sum(losses) / n, 12))
print("seconds:", elapsed)

# A tutorial-style pure-Python "training loop" with a report table and summary statistics.
import math
import random

random.seed(0)
weights = [random.uniform(-1, 1) for _ in range(3)]
data = [([random.gauss(0, 1) for _ in range(3)], None) for _ in range(20)]
true_w = [0.5, -1.25, 2.0]
data = [(x, sum(a * b for a, b in zip(x, true_w)) + random.gauss(0, 0.1)) for x, _ in data]

def predict(w, x):
    return sum(a * b for a, b in zip(w, x))

history = []
lr = 0.05
for epoch in range(1, 31):
    grad = [0.0] * 3
    loss = 0.0
    for x, y in data:
        err = predict(weights, x) - y
        loss += err * err / len(data)
        for i in range(3):
            grad[i] += 2 * err * x[i] / len(data)
    weights = [w - lr * g for w, g in zip(weights, grad)]
    history.append(loss)
    if epoch % 5 == 0 or epoch == 1:
        print(f"epoch {epoch:3d} | loss {loss:10.6f} | w = [{', '.join(f'{w:+.3f}' for w in weights)}]")

print(f"final loss {history[-1]:.3e}, best at epoch {history.index(min(history)) + 1}")
print("weights:", [round(w, 4) for w in weights])
mean = sum(history) / len(history)
std = math.sqrt(sum((h - mean) ** 2 for h in history) / (len(history) - 1))
print(f"mean {mean:.4f} std {std:.4f} min {min(history):.5f} max {max(history):.3f}")
print("%-8s %8s" % ("epoch", "loss"))
for epoch in (1, 10, 30):
    print("%-8d %8.4f" % (epoch, history[epoch - 1]))

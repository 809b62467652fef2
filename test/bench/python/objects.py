# A micrograd-style scalar autograd: objects, dunder methods, closures, a topological sort.
import time

class Value:
    def __init__(self, data, children=()):
        self.data = data
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = children

    def __add__(self, other):
        out = Value(self.data + other.data, (self, other))
        def backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = backward
        return out

    def __mul__(self, other):
        out = Value(self.data * other.data, (self, other))
        def backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = backward
        return out

    def backward(self):
        order, seen = [], set()
        def visit(v):
            if v not in seen:
                seen.add(v)
                for child in v._prev:
                    visit(child)
                order.append(v)
        visit(self)
        self.grad = 1.0
        for v in reversed(order):
            v._backward()

start = time.perf_counter()
w = [Value(0.01 * k) for k in range(20)]
for step in range(600):
    x = [Value(1.0 + 0.1 * k) for k in range(20)]
    loss = Value(0.0)
    for wi, xi in zip(w, x):
        loss = loss + wi * xi
    loss = loss * loss
    for wi in w:
        wi.grad = 0.0
    loss.backward()
    for wi in w:
        wi.data -= 0.001 * wi.grad
elapsed = time.perf_counter() - start
print(round(loss.data, 6), round(w[0].data, 6))
print("seconds:", elapsed)

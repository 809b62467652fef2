# Per-operation overhead: operations on 3-element tensors, where the arithmetic is nothing and the cost is the
# call (argument parsing, dtype promotion, allocation, graph recording). An empty loop shows the loop's share.
import torch

torch.manual_seed(0)
a = torch.randn(3)
b = torch.randn(3)
ga = torch.randn(3, requires_grad=True)
gb = torch.randn(3, requires_grad=True)


def empty(iterations):
    for _ in range(iterations):
        pass


def add(iterations):
    for _ in range(iterations):
        a + b


def add_requires_grad(iterations):
    for _ in range(iterations):
        ga + gb


def multiply(iterations):
    for _ in range(iterations):
        a * b


def total(iterations):
    for _ in range(iterations):
        a.sum()


def relu(iterations):
    for _ in range(iterations):
        torch.relu(a)


print(a + b)
print(ga + gb)
print(a * b)
print(a.sum())
print(torch.relu(a))
measure('empty loop', empty)
measure('a + b', add)
measure('a + b, requires_grad', add_requires_grad)
measure('a * b', multiply)
measure('a.sum()', total)
measure('torch.relu(a)', relu)

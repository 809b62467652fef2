# Higher-order derivatives: autograd.grad(create_graph=True) differentiated again, through elementwise math,
# products, reductions, matmul and the ops whose backward is itself a kernel (relu, clamp, sigmoid, tanh, softmax).
import torch

x = torch.tensor([0.5, -1.25, 2.0, 0.25], requires_grad=True)
y = torch.tensor([1.5, 0.75, -0.5, 3.0], requires_grad=True)
m = torch.tensor([[0.5, -1.0, 2.0, 0.1], [1.0, 2.0, -3.0, 0.4], [0.3, 0.2, 0.1, -0.7]], requires_grad=True)


# The first derivative's grad_fn and its next functions, for the ops whose backward is a kernel of its own.
KERNEL_BACKWARDS = {"tanh", "sigmoid", "relu", "clamp", "clamp_min", "softmax", "log_softmax", "mse", "where", "cumsum", "select", "slice"}


def describe(name, first):
    print(name, first.tolist(), first.requires_grad)
    node = first.grad_fn
    if name.split("^")[0] in KERNEL_BACKWARDS and node is not None:
        print("  grad_fn:", type(node).__name__, [type(n).__name__ if n is not None else None for n, _ in node.next_functions])


cases = {
    "cube": lambda t: t**3,
    "sin": torch.sin,
    "exp": torch.exp,
    "tanh": torch.tanh,
    "sigmoid": torch.sigmoid,
    "relu": torch.relu,
    "clamp": lambda t: t.clamp(-0.7, 1.5),
    "clamp_min": lambda t: t.clamp(min=0.1),
    "softmax": lambda t: torch.softmax(t, 0),
    "log_softmax": lambda t: torch.log_softmax(t, 0),
    "log": lambda t: torch.log(t * t),
    "sqrt": lambda t: (t * t + 1).sqrt(),
    "mean": lambda t: (t * t).mean(),
    "square": torch.square,
    "cos": torch.cos,
    "reciprocal": lambda t: 1 / t,
    "product": lambda t: t * y,
    "matmul": lambda t: m @ (t * t),
    "max": lambda t: t.max(),
    "norm": lambda t: t.norm(),
    "logsumexp": lambda t: torch.logsumexp(t, 0),
    "var": lambda t: t.var(),
    "std": lambda t: t.std(),
    "cumsum": lambda t: (t * t).cumsum(0),
    "mse": lambda t: torch.nn.functional.mse_loss(t * t, torch.zeros(4)),
    "where": lambda t: torch.where(t > 0, t * t, t),
    "maximum": lambda t: torch.maximum(t, t * 0.5),
    "select": lambda t: t[1] * t,
    "slice": lambda t: t[1:] ** 2,
}
for name, f in cases.items():
    for power in (1, 2):
        out = f(x).sum() if power == 1 else (f(x) ** 2).sum()
        (first,) = torch.autograd.grad(out, x, create_graph=True)
        describe(f"{name}^{power}", first)
        if first.requires_grad:
            (second,) = torch.autograd.grad(first.sum(), x, allow_unused=True)
            print("  second:", None if second is None else second.tolist())

# mixed partials and Hessian-vector products
z = (x * y).sum() ** 2 + (x.sin() * y.exp()).sum()
gx, gy = torch.autograd.grad(z, (x, y), create_graph=True)
print(gx.tolist(), gy.tolist())
(dxy,) = torch.autograd.grad(gx.sum(), y, retain_graph=True)
(dxx,) = torch.autograd.grad(gx, x, grad_outputs=torch.tensor([1.0, 0.0, -1.0, 2.0]))
print(dxy.tolist(), dxx.tolist())

hessian = []
f = lambda t: (t**3).sum() + t.prod() + torch.tanh(t).pow(2).sum()
(g,) = torch.autograd.grad(f(x), x, create_graph=True)
for i in range(4):
    (row,) = torch.autograd.grad(g[i], x, retain_graph=True)
    hessian.append(row.tolist())
print(hessian)

# a network's gradient penalty: the norm of the input gradient, trained through
w1 = torch.tensor([[0.3, -0.2, 0.5, 0.1], [0.7, 0.4, -0.6, 0.2], [-0.1, 0.8, 0.3, -0.5]], requires_grad=True)
w2 = torch.tensor([[0.6, -0.4, 0.9]], requires_grad=True)
inputs = torch.tensor([[0.2, -0.5, 1.0, 0.3], [1.5, 0.1, -0.2, 0.7]], requires_grad=True)
hidden = torch.tanh(inputs @ w1.t())
score = torch.sigmoid(torch.relu(hidden) @ w2.t()).sum()
(input_grad,) = torch.autograd.grad(score, inputs, create_graph=True)
penalty = (input_grad.norm(dim=1) - 1).pow(2).mean()
penalty.backward()
print(penalty.item(), w1.grad.tolist(), w2.grad.tolist())

# backward(create_graph=True) leaves a .grad that is itself differentiable
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
(a**3).sum().backward(create_graph=True)
print(a.grad, a.grad.requires_grad)
(second,) = torch.autograd.grad(a.grad.sum(), a)
print(second)

# third derivative
t = torch.tensor(0.7, requires_grad=True)
(d1,) = torch.autograd.grad(torch.sin(t) * t**4, t, create_graph=True)
(d2,) = torch.autograd.grad(d1, t, create_graph=True)
(d3,) = torch.autograd.grad(d2, t)
print(d1.item(), d2.item(), d3.item())

# a first derivative that does not depend on the input has no graph
(flat,) = torch.autograd.grad((x * 3).sum(), x, create_graph=True)
print(flat, flat.requires_grad)
try:
    torch.autograd.grad(flat.sum(), x)
except RuntimeError as e:
    print("RuntimeError:", e)

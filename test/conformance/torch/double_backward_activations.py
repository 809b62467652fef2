# Second and third derivatives through prelu (one shared weight and one per channel, the nn and F forms), glu
# and mish/silu: PyTorch's PreluBackwardBackward0 and GluBackwardBackward0 nodes, and mish's and silu's gradients
# built from differentiable ops under create_graph (MulBackward0), with their values.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 4, requires_grad=True)


def chain(name, y, inputs):
    grads = torch.autograd.grad(y.pow(2).sum(), inputs, create_graph=True)
    print(name, 'first', [g.grad_fn.name() for g in grads])
    for g in grads:
        print(g)
    print([[None if n is None else n.name() for n, _ in g.grad_fn.next_functions] for g in grads])
    second = torch.autograd.grad(sum((g.sin() * (i + 1)).sum() for i, g in enumerate(grads)), inputs, create_graph=True)
    print(name, 'second', [None if g.grad_fn is None else g.grad_fn.name() for g in second])
    for g in second:
        print(g)
    third = torch.autograd.grad(sum(g.pow(2).sum() for g in second), inputs, allow_unused=True)
    print(name, 'third')
    for g in third:
        print(g)


w3 = torch.tensor([0.25, -0.5, 0.1], requires_grad=True)
chain('prelu channels', F.prelu(x, w3), (x, w3))
w1 = torch.tensor([0.3], requires_grad=True)
chain('prelu shared', F.prelu(x, w1), (x, w1))
m = nn.PReLU(3)
print(m, m.weight)
chain('nn.PReLU', m(x), (x, m.weight))
chain('prelu input only', F.prelu(x, torch.tensor([0.2])), (x,))
v = torch.randn(5, requires_grad=True)
chain('prelu 1-d', F.prelu(v, w1), (v, w1))
chain('glu', F.glu(x, dim=2), (x,))
chain('glu dim 0', F.glu(x, 0), (x,))
chain('nn.GLU', nn.GLU(1)(torch.cat([x, x.flip(1)], 1)), (x,))
chain('mish', F.mish(x), (x,))
chain('nn.Mish', nn.Mish()(x * 3), (x,))
chain('silu', F.silu(x), (x,))
d = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
chain('mish float64', F.mish(d), (d,))
chain('glu float64', F.glu(d), (d,))
chain('prelu float64', F.prelu(d, torch.tensor([0.25], dtype=torch.float64, requires_grad=True)), (d,))

# a double backward through the nn forms, as a gradient penalty would use
net = nn.Sequential(nn.Linear(4, 6), nn.PReLU(), nn.Linear(6, 4), nn.GLU(), nn.Mish(), nn.Linear(2, 1))
inp = torch.randn(5, 4, requires_grad=True)
out = net(inp).sum()
g, = torch.autograd.grad(out, inp, create_graph=True)
penalty = g.pow(2).sum()
penalty.backward()
print(penalty)
for name, p in net.named_parameters():
    print(name, p.grad)

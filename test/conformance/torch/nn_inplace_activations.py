# inplace=True activations and their in-place functionals: the same tensor back, its version, the node names
# PyTorch gives them (LeakyReluBackward1 and EluBackward1 compute the gradient from the result), gradients, and
# the errors for leaves and for tensors saved for backward and then modified.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
mods = [nn.ReLU(inplace=True), nn.LeakyReLU(0.1, inplace=True), nn.ELU(inplace=True), nn.ELU(alpha=0.5, inplace=True), nn.SiLU(inplace=True), nn.Dropout(inplace=True), nn.Dropout(p=1.0, inplace=True)]
for m in mods:
    print(m)
    for dtype in [torch.float32, torch.float64]:
        x = torch.randn(2, 3, requires_grad=True, dtype=dtype)
        h = x * 1
        y = m(h)
        print(y is h, h._version, y.grad_fn.name(), y.grad_fn.next_functions)
        y.sum().backward()
        print(x.grad)
        print(h)
for fn in [F.relu_, F.elu_, F.leaky_relu_, torch.Tensor.relu_]:
    x = torch.randn(2, 3, requires_grad=True)
    h = x * 1
    y = fn(h)
    print(y is h, y.grad_fn.name())
    (y * torch.arange(6.).reshape(2, 3)).sum().backward()
    print(x.grad)
for m in [nn.ReLU(inplace=True), nn.Dropout(inplace=True), nn.ELU(inplace=True)]:
    x = torch.randn(3, requires_grad=True)
    try:
        m(x)
    except Exception as e:
        print(type(e).__name__, e)
x = torch.randn(3, requires_grad=True)
h = x.sigmoid()
F.relu(h, inplace=True)
try:
    h.sum().backward()
except Exception as e:
    print(type(e).__name__, e)
for fn in [F.relu_, F.elu_, lambda t: t.exp_(), lambda t: t.sigmoid_(), lambda t: t.tanh_(), lambda t: t.sqrt_()]:
    x = torch.rand(3, requires_grad=True)
    h = x * 1
    fn(h)
    print(h.grad_fn.name(), h._version)
    h.mul_(2)
    try:
        h.sum().backward()
        print(x.grad)
    except Exception as e:
        print(type(e).__name__, e)
for fn in [lambda h: F.leaky_relu_(h, -0.1), lambda h: F.elu_(h, -0.5), lambda h: F.leaky_relu(h, 0.0, inplace=True)]:
    x = torch.randn(3, requires_grad=True)
    h = x * 1
    y = fn(h)
    print(y.grad_fn.name())
    try:
        y.sum().backward()
        print(x.grad)
    except Exception as e:
        print(type(e).__name__, e)
# in-place on a view, then a chain of in-place ops
x = torch.randn(2, 3, requires_grad=True)
h = x * 2
F.relu_(h[0])
F.elu_(h[1])
print(h, h.grad_fn.name())
try:
    h.sum().backward()
except Exception as e:
    print(type(e).__name__, e)
h = x * 2
F.elu_(h[1])
print(h, h.grad_fn.name())
h.sum().backward()
print(x.grad)
with torch.no_grad():
    t = torch.randn(3)
    print(F.elu_(t), F.relu_(t))
# training with ReLU(inplace=True)
torch.manual_seed(1)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(inplace=True), nn.Linear(8, 8), nn.Dropout(0.3, inplace=True), nn.LeakyReLU(0.2, inplace=True), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
data = torch.randn(16, 4)
target = torch.randn(16, 1)
for step in range(3):
    opt.zero_grad()
    loss = F.mse_loss(model(data), target)
    loss.backward()
    opt.step()
    print(step, loss.item())

# torch.Size as a tuple, views sharing storage, version counters and in-place through views.
import torch

s = torch.zeros(2, 3, 4).shape
print(s, type(s).__name__, len(s), s[0], s[-1], s[1:], list(s), tuple(s), s == (2, 3, 4), s == torch.Size([2, 3, 4]), 3 in s, s.numel())
print(torch.Size([2, 3]) + (4,), torch.Size([]), torch.zeros(()).shape, torch.Size([5]).count(5), s.index(3), *s)
a, b, c = s
print(a * b * c, torch.ones(*s).sum(), torch.zeros(s).shape, torch.rand(s).shape == s)
x = torch.arange(6.0)
v = x.view(2, 3)
print(x._version, v._version)
v[1, 1] = 100
print(x, x._version, v._version)
x.add_(1)
print(v, v._version)
t = v.t()
t[0, 1] = -5
print(x, t.is_contiguous(), t.contiguous().view(6))
try:
    t.view(6)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.reshape(6), x.unsqueeze(0).squeeze(0).view(3, 2))
leaf = torch.ones(4, requires_grad=True)
y = leaf * 2
yv = y[1:3]
yv.mul_(10)
print(y, y.grad_fn, yv.grad_fn)
y.sum().backward()
print(leaf.grad)
e = leaf.detach()
e[0] = 7
print(leaf, e._version)

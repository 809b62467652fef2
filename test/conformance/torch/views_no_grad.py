# Views taken in no_grad mode of a tensor that requires grad: they require grad but are leaves without a
# gradient of their own, and writing to them in place with grad mode on raises PyTorch's error.
import torch
import torch.nn as nn


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


p = nn.Parameter(torch.ones(2, 3))
with torch.no_grad():
    v = p[0]
    w = p.view(6)
    d = p.detach()
    u = p.unbind(0)
    s = p.split(1)
    t = p.t()
    e = p.expand(2, 2, 3)
print(v.requires_grad, w.requires_grad, d.requires_grad, u[0].requires_grad, s[0].requires_grad, t.requires_grad, e.requires_grad)
print(v._base is p, v.is_leaf, v.grad_fn, w.grad_fn, v)
for name, x in [('v', v), ('w', w), ('u', u[0]), ('s', s[0]), ('t', t)]:
    attempt(name, lambda: x.mul_(2))
attempt('copy_', lambda: v.copy_(torch.zeros(3)))
y = (v * 2).sum()
print(y.grad_fn.name(), y.grad_fn.next_functions[0][0].next_functions)
y.backward()
print(v.grad, p.grad)
with torch.no_grad():
    v.mul_(2)
    w[5] = 7.
print(p, p._version)
a = torch.ones(3, requires_grad=True).clone()
with torch.no_grad():
    av = a[:2]
print(av.requires_grad, av.is_leaf)
attempt('clone view:', lambda: av.add_(1))
b = torch.ones(3)
with torch.no_grad():
    bv = b[:2]
bv.add_(1)
print(b, bv.requires_grad)
v2 = p[0]
with torch.no_grad():
    v3 = v2[1:]
print(v3.requires_grad, v3.grad_fn)
attempt('view of view:', lambda: v3.mul_(2))
with torch.no_grad():
    v4 = p[1]
v5 = v4[1:]
print(v5.requires_grad, v5.grad_fn is not None)
with torch.no_grad():
    c = p.clone()[0]
print(c.requires_grad)
x = torch.randn(3, requires_grad=True)
with torch.no_grad():
    xv = x[:2]
attempt('copy into no-grad view:', lambda: xv.copy_(torch.ones(2, requires_grad=True)))

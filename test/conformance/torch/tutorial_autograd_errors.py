# Hooks with handles, the non-leaf .grad warning, and autograd's errors.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
seen = []
h = x.register_hook(lambda g: seen.append(g.clone()))
h2 = x.register_hook(lambda g: g * 2)
(x * x).sum().backward()
print(x.grad, seen, type(h).__name__)
h2.remove()
x.grad = None
(x * x).sum().backward()
print(x.grad, len(seen))
y = x * 3
y.register_hook(lambda g: print("hook on y:", g))
y.sum().backward()
z = x + 1
print(z.grad)
w = z * 2
w.sum().backward()
print(z.grad, z.is_leaf, z.retains_grad)
try:
    w.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.add_(1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x[0] = 5.0
except RuntimeError as e:
    print("RuntimeError:", e)
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a.exp()
b.add_(1)
try:
    b.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
c = a * 2
d = c ** 2
c.mul_(3)
try:
    d.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([1, 2], requires_grad=True)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    (a * 2).backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([1.0]).backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.autograd.grad((a * 2).sum(), torch.tensor([1.0], requires_grad=True))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a.view(2).detach_()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    (a * 2).requires_grad_(False)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.ones(2, dtype=torch.int64).requires_grad_()
except RuntimeError as e:
    print("RuntimeError:", e)
with torch.inference_mode():
    inf = torch.ones(2)
try:
    (inf * a).sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
print(a.grad)
a.grad = torch.zeros(2)
(a * a).sum().backward()
print(a.grad)
v = a.view(2)
print(v._base is a, v.is_leaf, v.grad_fn)
r = torch.ones(2, requires_grad=True)
s = r.clone()
s.retain_grad()
(s * s).sum().backward()
print(s.grad, r.grad, s.retains_grad)

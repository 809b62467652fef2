# Autograd as tutorials exercise it: accumulation, retain_graph, the usual errors, no_grad, detach,
# requires_grad_, non-leaf .grad, retain_grad, hooks, and torch.autograd.grad for second derivatives.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x * x).sum()
y.backward(retain_graph=True)
print("first:", x.grad)
y.backward()
print("accumulated:", x.grad)
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, "|", e)
x.grad = None
(x ** 3).sum().backward()
print("after reset:", x.grad)
x.grad.zero_()
print("zeroed:", x.grad)

try:
    (x * 2).backward()
except RuntimeError as e:
    print(type(e).__name__, "|", e)
(x * 2).backward(torch.tensor([1.0, 0.1, 0.01]))
print("vector-Jacobian:", x.grad)
try:
    torch.ones(2).sum().backward()
except RuntimeError as e:
    print(type(e).__name__, "|", e)

with torch.no_grad():
    n = x * 2
print("no_grad:", n.requires_grad, n.grad_fn, n.is_leaf)
d = (x * 2).detach()
print("detach:", d, d.requires_grad, d.is_leaf)
print(torch.is_grad_enabled())

a = torch.ones(2, 2)
print(a.requires_grad, a.requires_grad_(), a.requires_grad, a.is_leaf)
a.requires_grad = False
print(a.requires_grad)
h = a * 3
print(h.requires_grad)

leaf = torch.tensor([2.0, 3.0], requires_grad=True)
mid = leaf * leaf
out = mid.sum()
out.backward()
print("mid.grad:", mid.grad)
print("mid.grad again:", mid.grad)

leaf.grad = None
mid = leaf * leaf
mid.retain_grad()
out = (mid * 3).sum()
out.backward()
print("retained:", mid.grad, leaf.grad)

seen = []
leaf.grad = None
v = leaf * 2
handle = v.register_hook(lambda g: seen.append(g) or g * 10)
v.sum().backward()
print("hooked:", seen, leaf.grad)
handle.remove()
leaf.grad = None
v2 = leaf * 2
leaf_handle = leaf.register_hook(lambda g: print("leaf hook sees", g))
v2.sum().backward()
print("after remove:", leaf.grad)
leaf_handle.remove()

s = torch.tensor(3.0, requires_grad=True)
f = s ** 3
(df,) = torch.autograd.grad(f, s, create_graph=True)
print("df:", df)
(d2f,) = torch.autograd.grad(df, s)
print("d2f:", d2f, s.grad)
g1, g2 = torch.autograd.grad((leaf * s).sum(), [leaf, s])
print(g1, g2)
try:
    torch.autograd.grad((leaf * 2).sum(), [leaf, s])
except RuntimeError as e:
    print(type(e).__name__, "|", e)
print(torch.autograd.grad((leaf * 2).sum(), [leaf, s], allow_unused=True))

p = torch.tensor([1.0, 2.0], requires_grad=True)
q = torch.tensor([3.0, 4.0], requires_grad=True)
r = (p * q).sum()
r.backward(inputs=[p])
print(p.grad, q.grad)
torch.autograd.backward((p * q).sum())
print(p.grad, q.grad)

w = torch.tensor([[0.5, -1.0], [2.0, 0.25]], requires_grad=True)
inp = torch.tensor([1.0, 2.0])
for step in range(3):
    loss = ((w @ inp).tanh() - 1).pow(2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad.zero_()
    print(step, loss.item(), loss)
print(w)

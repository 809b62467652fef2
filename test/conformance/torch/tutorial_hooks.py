# Hooks: on leaves and intermediates, changing the gradient, removing handles, and their order with retain_grad.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
z = y.pow(2).sum()
order = []
hy = y.register_hook(lambda g: order.append(("y", g.tolist())))
hx = x.register_hook(lambda g: order.append(("x", g.tolist())))
y.retain_grad()
z.backward(retain_graph=True)
print(order, y.grad, x.grad)
hy.remove()
hx.remove()
hy.remove()
order.clear()
x.grad = None
z.backward(retain_graph=True)
print(order, x.grad)
h = y.register_hook(lambda g: g * 0)
x.grad = None
z.backward(retain_graph=True)
print(x.grad, y.grad)
h.remove()
doubled = x.register_hook(lambda g: g * 2)
halved = x.register_hook(lambda g: g / 4)
x.grad = None
z.backward()
print(x.grad)
doubled.remove()
halved.remove()
w = torch.ones(2, requires_grad=True)
w.register_hook(print)
(w * 3).sum().backward()
try:
    torch.ones(2).register_hook(print)
except RuntimeError as e:
    print("RuntimeError:", e)
a = torch.tensor(2.0, requires_grad=True)
b = a * a
b.register_hook(lambda g: print("b grad", g))
c = b * b
c.register_hook(lambda g: print("c grad", g))
c.backward()
print(a.grad)

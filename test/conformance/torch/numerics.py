# Exact values (tolist() shows every float32 bit) of the operations the binding relies on beyond the
# arithmetic core: reciprocal (number / tensor), slicing and unbind gradients, linspace, addmm (nn.Linear),
# mse_loss and their gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
a = torch.randn(7, requires_grad=True)
r = 3 / a
r.sum().backward()
print(r.tolist(), a.grad.tolist())

for start, end, steps in [(0, 1, 7), (-3.3, 7.1, 11), (0, 10, 100), (0.1, 0.9, 33), (-1, 1, 1000), (5, -2, 9), (2, 2, 4), (0, 1, 1)]:
    print(start, end, steps, torch.linspace(start, end, steps).tolist()[:40])

m = torch.randn(4, 5, requires_grad=True)
part = m[1:3, ::2] * torch.arange(6.0).reshape(2, 3)
part.sum().backward()
print(m.grad.tolist())
m.grad = None
rows = list(m)
(rows[0] * 2 + rows[3]).sum().backward()
print(m.grad.tolist())

layer = nn.Linear(5, 3)
print(layer.weight.tolist(), layer.bias.tolist())
batch = torch.randn(4, 5)
target = torch.randn(4, 3)
out = layer(batch)
loss = F.mse_loss(out, target)
loss.backward()
print(out.tolist(), loss.item(), layer.weight.grad.tolist(), layer.bias.grad.tolist())
single = layer(torch.randn(5))
print(single.tolist(), single.grad_fn, single.grad_fn.next_functions[0][0].next_functions)
summed = nn.MSELoss(reduction="sum")(out, target)
print(summed.item(), F.mse_loss(out, target, reduction="none").tolist())

net = nn.Sequential(nn.Linear(5, 4), nn.ReLU(), nn.Linear(4, 2), nn.Sigmoid())
print(net)
print(net(batch).tolist())
bce = nn.BCEWithLogitsLoss()(net(batch), torch.ones(4, 2))
bce.backward()
print(bce.item(), [p.grad.tolist() for p in net.parameters()])
print(len(net), net[0], [type(m).__name__ for m in net.modules()], [n for n, _ in net.named_parameters()])
net.zero_grad()
print(net[2].bias.grad)
print(net.training, net.eval().training, net[0].training, net.train().training)

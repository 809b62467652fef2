# nn.GroupNorm, F.group_norm and torch.group_norm: parameters, reprs, values and gradients bit for bit, and the
# errors PyTorch raises.
import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


torch.manual_seed(0)
m = nn.GroupNorm(2, 6)
print(m, list(vars(m).keys())[-4:], m.weight, m.bias)
print(nn.GroupNorm(3, 6, eps=1e-3, affine=False), nn.GroupNorm(3, 6, affine=False).weight)
print([name for name, _ in m.named_parameters()], list(m.state_dict().keys()))
x = torch.randn(2, 6, 4, requires_grad=True)
y = m(x)
print(y.grad_fn.name(), y[0])
(y * torch.randn(2, 6, 4)).sum().backward()
print(x.grad[1], m.weight.grad, m.bias.grad)
img = torch.randn(3, 4, 5, 5)
print(F.group_norm(img, 4, torch.randn(4), torch.randn(4), eps=1e-3)[1, 2])
print(torch.group_norm(img, 2)[0, 0], torch.group_norm(torch.randn(1, 2), 2))
print(F.group_norm(img.double(), 1)[2, 3, 1])
net = nn.Sequential(nn.Conv2d(2, 4, 3), nn.GroupNorm(2, 4), nn.ReLU())
out = net(torch.randn(2, 2, 6, 6))
out.sum().backward()
print(net, out.sum().item(), net[0].weight.grad.sum().item(), net[1].weight.grad)
attempt('divisible:', lambda: nn.GroupNorm(4, 6))
attempt('F channels:', lambda: F.group_norm(torch.randn(2, 5, 3), 2))
attempt('F weight:', lambda: F.group_norm(torch.randn(2, 4, 3), 2, torch.ones(3)))
attempt('F bias:', lambda: F.group_norm(torch.randn(2, 4, 3), 2, None, torch.ones(3)))
attempt('F 1d:', lambda: F.group_norm(torch.randn(4), 2))
attempt('F one value:', lambda: F.group_norm(torch.randn(1, 2), 2))
attempt('F one value 3d:', lambda: F.group_norm(torch.randn(1, 2, 1), 2))
attempt('torch 1d:', lambda: torch.group_norm(torch.randn(4), 2))
attempt('module:', lambda: m(torch.randn(2, 4, 3)))
attempt('int:', lambda: F.group_norm(torch.ones(2, 4, 3, dtype=torch.long), 2))

# F.pad in circular mode (built from copies into slices, as PyTorch does: CopySlices nodes) with gradients and
# errors, and Conv1d/Conv2d with padding_mode circular, reflect and replicate.
import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


torch.manual_seed(0)
x = torch.randn(1, 2, 4, requires_grad=True)
y = F.pad(x, (2, 3), mode='circular')
print(y, y.grad_fn.name(), y.grad_fn.next_functions)
g, = torch.autograd.grad((y * torch.arange(y.numel(), dtype=torch.float32).reshape(y.shape)).sum(), x)
print(g)
img = torch.randn(1, 1, 3, 3, requires_grad=True)
y = F.pad(img, (1, 2, 2, 1), mode='circular')
print(y, y.grad_fn.name())
y.pow(2).sum().backward()
print(img.grad)
attempt('circular 2d input:', lambda: F.pad(torch.ones(2, 3), (1, 1), mode='circular'))
attempt('circular too wide:', lambda: F.pad(torch.ones(1, 1, 3), (4, 0), mode='circular'))
attempt('circular odd:', lambda: F.pad(torch.ones(1, 1, 3), (1,), mode='circular'))
attempt('circular wrong len:', lambda: F.pad(torch.ones(1, 1, 3, 3), (1, 1), mode='circular'))
print(F.pad(torch.arange(6.).reshape(1, 1, 6), (3, 3), mode='circular'))
print(F.pad(torch.arange(6.).reshape(1, 1, 6), (6, 0), mode='circular'))
print(F.pad(torch.arange(6.).reshape(1, 1, 6), (-1, 2), mode='circular'))
for mode in ['circular', 'reflect', 'replicate']:
    torch.manual_seed(0)
    conv = nn.Conv2d(1, 2, 3, padding=1, padding_mode=mode)
    print(conv)
    out = conv(img)
    print(out, out.grad_fn.name(), out.grad_fn.next_functions[0][0].name())
    out.sum().backward()
    print(conv.weight.grad)
    torch.manual_seed(0)
    conv1 = nn.Conv1d(2, 1, 3, padding=2, padding_mode=mode)
    print(conv1(torch.randn(1, 2, 5)))

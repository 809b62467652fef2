# F.pad in reflect and replicate modes: values, grad_fn, gradients, and errors.
import torch
import torch.nn.functional as F


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


torch.manual_seed(0)
x = torch.randn(1, 2, 4, requires_grad=True)
for mode in ['reflect', 'replicate']:
    y = F.pad(x, (2, 3), mode=mode)
    print(mode, y, y.grad_fn.name())
    g, = torch.autograd.grad((y * torch.arange(y.numel(), dtype=torch.float32).reshape(y.shape)).sum(), x)
    print(g)
img = torch.randn(1, 1, 3, 3, requires_grad=True)
for mode in ['reflect', 'replicate']:
    y = F.pad(img, (1, 2, 2, 1), mode=mode)
    print(mode, y, y.grad_fn.name())
    y.sum().backward()
    print(img.grad)
    img.grad = None
print(F.pad(torch.arange(6.).reshape(2, 3), (1, 1), mode='replicate'))
attempt('reflect too wide:', lambda: F.pad(torch.ones(1, 3), (3, 0), mode='reflect'))
attempt('reflect 1d:', lambda: F.pad(torch.ones(3), (1, 1), mode='reflect'))

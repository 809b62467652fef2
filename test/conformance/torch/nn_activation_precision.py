# Activation modules, label-smoothed cross entropy and Bilinear at full precision: values and gradients
# printed with 10 decimals and as float lists, float32 tensors long enough to use the vectorised loop and a tail.
import torch
import torch.nn as nn

torch.set_printoptions(precision=10)
torch.manual_seed(0)

x = (torch.randn(37) * 3).requires_grad_()
upstream = torch.randn(37)
for module in [nn.GELU(), nn.GELU(approximate='tanh'), nn.ELU(), nn.ELU(alpha=0.5), nn.SiLU(), nn.Softplus(),
               nn.Softplus(beta=2, threshold=4)]:
    y = module(x)
    (grad,) = torch.autograd.grad(y, x, upstream)
    print(module)
    print(y)
    print(grad.tolist())

small = torch.tensor([-2.5, 0.3, 1.7], requires_grad=True)
for module in [nn.GELU(), nn.GELU(approximate='tanh'), nn.ELU(alpha=2.0), nn.SiLU(), nn.Softplus(beta=0.5)]:
    y = module(small)
    y.sum().backward()
    print(module, y.tolist(), small.grad.tolist())
    small.grad = None

logits = torch.randn(6, 4, requires_grad=True)
target = torch.tensor([0, 3, 1, 1, 2, 0])
for loss_fn in [nn.CrossEntropyLoss(label_smoothing=0.1), nn.CrossEntropyLoss(label_smoothing=0.25, ignore_index=1),
                nn.CrossEntropyLoss(label_smoothing=0.2, reduction='sum')]:
    loss = loss_fn(logits, target)
    loss.backward()
    print(loss_fn, loss.item(), logits.grad.tolist())
    logits.grad = None

bilinear = nn.Bilinear(5, 3, 4)
a = torch.randn(7, 5)
b = torch.randn(7, 3)
out = bilinear(a, b)
out.sum().backward()
print(out)
print(bilinear.weight.grad.tolist())
print(bilinear.bias.grad.tolist())
torch.set_printoptions(precision=4)

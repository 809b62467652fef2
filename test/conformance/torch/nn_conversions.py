# Module.double()/float()/to()/type()/cpu() convert in place: parameters and their grads keep their Python
# objects (an optimizer built before still updates them), buffers are replaced; Tensor.data get and set.
import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
weight = model[0].weight
mean = model[1].running_mean
x = torch.randn(8, 3)
y = torch.randn(8, 1)
F.mse_loss(model(x), y).backward()
grad = weight.grad
opt.step()
print(model.double() is model)
print(weight is model[0].weight, grad is weight.grad, weight.dtype, weight.grad.dtype, weight.requires_grad, weight.is_leaf)
print(mean is model[1].running_mean, model[1].running_mean.dtype, model[1].num_batches_tracked.dtype)
print([(name, p.dtype) for name, p in model.named_parameters()])
print(list(model.state_dict().keys()))
opt.zero_grad()
loss = F.mse_loss(model(x.double()), y.double())
loss.backward()
opt.step()
# float64 matmuls may differ from PyTorch's in the last bit, so the loss is shown rounded.
print(f'{loss.item():.6f}', opt.state[weight]['momentum_buffer'].dtype)
print(model[0].weight)
print(model.float() is model, weight.dtype, weight.grad.dtype, model[1].running_var.dtype)
opt.zero_grad()
loss = F.mse_loss(model(x), y)
loss.backward()
opt.step()
print(loss.item())
print(model.to(torch.float64) is model, weight.dtype, model[1].running_mean.dtype)
print(model.to(torch.device('cpu')) is model, model.to('cpu', torch.float32) is model, weight.dtype)
print(model.to(dtype=torch.float64) is model, weight.dtype)
print(model.to(torch.zeros(1)) is model, weight.dtype)
print(model.cpu() is model, weight.dtype)
print(model.type(torch.float64) is model, weight.dtype, model[1].num_batches_tracked.dtype, model[1].running_mean.dtype)
print(model.type(torch.float32) is model, model[1].num_batches_tracked.dtype)
attempt('to int:', lambda: model.to(torch.int64))
attempt('type int:', lambda: model.type(torch.int64))
print(weight.dtype)
# Tensor.data: a new tensor sharing storage with a version counter of its own; assignment keeps the object.
t = torch.ones(3, requires_grad=True)
d = t.data
d.add_(1)
print(t, t._version, d._version, d.requires_grad, d._base)
p = nn.Parameter(torch.ones(2, 3))
q = p
p.data = torch.zeros(4, dtype=torch.float64)
print(p is q, p, p.shape, p.dtype, p.requires_grad, p.is_leaf, p._version)
print(type(p.data).__name__, p.data)
u = torch.ones(3, requires_grad=True)
z = (u * 2).sum()
u.data = torch.full((3,), 5.)
z.backward()
print(u.grad, u)
for bad in [5, [1, 2], None]:
    attempt('bad data:', lambda: setattr(u, 'data', bad))
attempt('int data:', lambda: setattr(u, 'data', torch.ones(2, dtype=torch.int64)))
v = torch.ones(2)
v.data = torch.arange(4)
print(v, v.dtype)

# Layers: default initialisation from the seed, reprs, forward values, gradients, and bad input.
import torch
import torch.nn as nn
from collections import OrderedDict


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


torch.manual_seed(0)
lin = nn.Linear(5, 3)
print(lin.weight)
print(lin.bias)
print(nn.Linear(3, 2, bias=False).weight)
bil = nn.Bilinear(2, 3, 4)
print(bil.weight.shape, bil.bias)
emb = nn.Embedding(6, 3, padding_idx=2)
print(emb.weight)
print(nn.Embedding(4, 2, padding_idx=-1).weight)

layers = [
    nn.Identity(), nn.Identity(3, a=5), lin, bil, nn.Linear(2, 2, bias=False), nn.ReLU(), nn.ReLU(inplace=True),
    nn.LeakyReLU(), nn.LeakyReLU(0.2, True), nn.ELU(), nn.ELU(alpha=2.0, inplace=True), nn.GELU(), nn.GELU('tanh'),
    nn.SiLU(), nn.Sigmoid(), nn.Tanh(), nn.Softplus(), nn.Softplus(2, 10), nn.Softmax(dim=1), nn.LogSoftmax(1),
    nn.Softmax(), nn.Flatten(), nn.Flatten(0, 2), nn.Unflatten(1, (2, 3)), nn.Dropout(), nn.Dropout(0.2, inplace=True),
    emb, nn.Embedding(3, 4, max_norm=1.0), nn.Embedding(3, 4, norm_type=1.0, scale_grad_by_freq=True, sparse=True),
]
for layer in layers:
    print(repr(layer))

model = nn.Sequential(OrderedDict([
    ('fc1', nn.Linear(4, 8)),
    ('act', nn.GELU()),
    ('drop', nn.Dropout(0.25)),
    ('fc2', nn.Linear(8, 2)),
]))
print(model)
x = torch.randn(3, 4)
print(model(x))
model.eval()
y = model(x)
print(y)
y.sum().backward()
print(model.fc1.weight.grad)
model.train()
print(model(x))

torch.manual_seed(3)
x = torch.randn(2, 5, requires_grad=True)
for layer in [nn.ReLU(), nn.LeakyReLU(0.1), nn.ELU(), nn.GELU(), nn.GELU(approximate='tanh'), nn.SiLU(), nn.Sigmoid(),
              nn.Tanh(), nn.Softplus(), nn.Softmax(dim=1), nn.LogSoftmax(dim=1), nn.Identity()]:
    out = layer(x)
    g, = torch.autograd.grad(out.sum() if not isinstance(layer, (nn.Softmax, nn.LogSoftmax)) else (out * torch.arange(5.)).sum(), x)
    print(type(layer).__name__, out, g)

# linear on other ranks
torch.manual_seed(4)
lin = nn.Linear(3, 2)
print(lin(torch.randn(3)))
print(lin(torch.randn(2, 4, 3)))
print(lin(torch.randn(2, 2, 2, 3)).shape)
attempt('linear bad shape:', lambda: lin(torch.randn(4, 5)))

# bilinear
torch.manual_seed(5)
bil = nn.Bilinear(3, 2, 4)
out = bil(torch.randn(5, 3), torch.randn(5, 2))
print(out.shape, out.sum())

# embedding
torch.manual_seed(6)
emb = nn.Embedding(5, 3, padding_idx=0)
idx = torch.tensor([[0, 2, 4], [1, 2, 0]])
out = emb(idx)
print(out, out.grad_fn)
out.sum().backward()
print(emb.weight.grad)
attempt('embedding out of range:', lambda: emb(torch.tensor([5])))
attempt('embedding padding range:', lambda: nn.Embedding(3, 2, padding_idx=3))

# flatten / unflatten
x = torch.arange(24.).reshape(2, 3, 4)
print(nn.Flatten()(x).shape, nn.Flatten(0, 1)(x).shape, nn.Unflatten(2, (2, 2))(x).shape)
attempt('unflatten list:', lambda: nn.Unflatten(1, [2, 2]))

# dropout: the mask stream
torch.manual_seed(7)
drop = nn.Dropout(0.3)
print(drop(torch.ones(3, 6)))
print(drop(torch.ones(20)).sum())
drop.eval()
t = torch.ones(4)
print(drop(t) is t)
attempt('dropout p:', lambda: nn.Dropout(1.5))

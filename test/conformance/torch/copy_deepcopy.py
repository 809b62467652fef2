import copy
import torch
import torch.nn as nn
torch.manual_seed(0)
w = torch.randn(2, 2, requires_grad=True)
(w * 3).sum().backward()
w2 = copy.deepcopy(w)
print(w2, w2.grad, w2.is_leaf, w2 is w)
y = w * 2
try:
    copy.deepcopy(y)
except RuntimeError as e:
    print(e)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
best = copy.deepcopy(model)
with torch.no_grad():
    model[0].weight.fill_(1.0)
print(best[0].weight)
print(best)
print(type(best[0].weight).__name__, best[0].weight.requires_grad)
p = nn.Parameter(torch.ones(2))
print(copy.deepcopy(p))
t = torch.arange(3)
c = copy.copy([t, t])
print(c[0] is t)

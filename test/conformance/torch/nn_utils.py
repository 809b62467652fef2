import torch
import torch.nn as nn
from torch.nn.utils import clip_grad_norm_, clip_grad_value_, parameters_to_vector, vector_to_parameters

torch.manual_seed(3)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 2))
x = torch.randn(16, 4) * 10
loss = model(x).pow(2).sum()
loss.backward()
print(clip_grad_norm_(model.parameters(), max_norm=1.0))
print(model[0].weight.grad)
print(model[2].bias.grad)
print(clip_grad_norm_(model.parameters(), 0.5, norm_type='inf' if False else float('inf')))
print(clip_grad_norm_(model[2].weight, 10.0, norm_type=1))
clip_grad_value_(model.parameters(), 0.01)
print(model[2].weight.grad)
print(nn.utils.clip_grad_norm_([], 1.0))
v = parameters_to_vector(model.parameters())
print(v.shape, v[:5])
vector_to_parameters(torch.arange(float(v.numel())), model.parameters())
print(model[2].bias, model[0].weight[0])
try:
    vector_to_parameters([1.0], model.parameters())
except TypeError as e:
    print(e)
p = torch.ones(3, requires_grad=True)
(p * float('nan')).sum().backward()
try:
    clip_grad_norm_(p, 1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print(e)

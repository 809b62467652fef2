# torch.nn.init: the same draws as PyTorch for the same seed, gains, fans and errors.
import torch
import torch.nn as nn
import torch.nn.init as init


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ['linear', 'conv2d', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'selu']:
    print(name, init.calculate_gain(name))
print(init.calculate_gain('leaky_relu', 0.2), init.calculate_gain('leaky_relu', 1))
attempt('gain name:', lambda: init.calculate_gain('swish'))
attempt('gain param:', lambda: init.calculate_gain('leaky_relu', 'x'))

torch.manual_seed(0)
w = torch.empty(3, 5)
print(init.uniform_(w) is w, w)
print(init.uniform_(torch.empty(2, 3), -2, 2))
print(init.normal_(torch.empty(2, 3), mean=1.0, std=0.5))
print(init.normal_(torch.empty(20), std=0.1))
print(init.constant_(torch.empty(2, 2), 0.3), init.ones_(torch.empty(3)), init.zeros_(torch.empty(2)))
print(init.eye_(torch.empty(2, 3)))
print(init.xavier_uniform_(torch.empty(3, 4)))
print(init.xavier_uniform_(torch.empty(3, 4), gain=init.calculate_gain('relu')))
print(init.xavier_normal_(torch.empty(4, 4)))
print(init.kaiming_uniform_(torch.empty(3, 4)))
print(init.kaiming_uniform_(torch.empty(3, 4), a=0.1, mode='fan_out', nonlinearity='relu'))
print(init.kaiming_normal_(torch.empty(4, 2, 3)))
print(init.kaiming_normal_(torch.empty(3, 4), mode='fan_out', nonlinearity='relu'))
print(init.uniform_(torch.empty(3, dtype=torch.float64)))
attempt('fan 1d:', lambda: init.xavier_uniform_(torch.empty(3)))
attempt('mode:', lambda: init.kaiming_uniform_(torch.empty(3, 3), mode='fan'))
attempt('eye 3d:', lambda: init.eye_(torch.empty(2, 2, 2)))

# re-initialising a model's parameters, as tutorials do
torch.manual_seed(1)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))


def reset(m):
    if isinstance(m, nn.Linear):
        init.xavier_uniform_(m.weight)
        init.zeros_(m.bias)


model.apply(reset)
print(model[0].weight, model[0].bias, model[2].weight)
print(model[0].weight.requires_grad, model[0].weight.grad_fn, model[0].weight.is_leaf)
with torch.no_grad():
    init.normal_(model[2].weight, 0, 0.01)
print(model[2].weight)
print(model(torch.ones(2, 3)))

# Adadelta and Adamax: reprs, defaults, state, errors, and the parameters after several steps at full precision
import torch
from torch import nn


def attempt(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)


torch.manual_seed(0)
for optimizer_class, options in [
    (torch.optim.Adadelta, {}),
    (torch.optim.Adadelta, dict(lr=0.5, rho=0.8, eps=1e-4, weight_decay=0.1)),
    (torch.optim.Adadelta, dict(maximize=True)),
    (torch.optim.Adamax, {}),
    (torch.optim.Adamax, dict(lr=0.01, betas=(0.8, 0.9), eps=1e-3, weight_decay=0.05)),
    (torch.optim.Adamax, dict(maximize=True)),
]:
    model = nn.Sequential(nn.Linear(5, 20), nn.Tanh(), nn.Linear(20, 3))
    optimizer = optimizer_class(model.parameters(), **options)
    print(optimizer)
    x = torch.randn(17, 5)
    y = torch.randn(17, 3)
    for step in range(6):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimizer.step()
        print(step, repr(loss.item()))
    print([p.flatten().tolist()[:6] for p in model.parameters()])
    state = optimizer.state_dict()
    print(state['param_groups'], {k: sorted(v.keys()) for k, v in state['state'].items()}, state['state'][3])

model = nn.Linear(3, 2).double()
optimizer = torch.optim.Adamax(model.parameters())
model(torch.randn(4, 3, dtype=torch.float64)).sum().backward()
optimizer.step()
print(model.weight.tolist(), optimizer.state[model.weight])
parameters = [nn.Parameter(torch.ones(2))]
attempt(lambda: torch.optim.Adadelta(parameters, lr=-1))
attempt(lambda: torch.optim.Adadelta(parameters, rho=1.5))
attempt(lambda: torch.optim.Adadelta(parameters, eps=-1))
attempt(lambda: torch.optim.Adadelta(parameters, weight_decay=-1))
attempt(lambda: torch.optim.Adamax(parameters, betas=(1.5, 0.9)))
attempt(lambda: torch.optim.Adamax(parameters, betas=(0.9, 1.0)))
attempt(lambda: torch.optim.Adamax(parameters, eps=-1))

# torch.optim.NAdam, RAdam, Rprop and ASGD: eight steps each on a small MLP with default and non-default options
# (weight decay, maximize, t0), their state keys, param groups, repr and option errors.
import torch
import torch.nn as nn
import torch.nn.functional as F
for name, kwargs in [('NAdam', {}), ('NAdam', dict(lr=1e-2, weight_decay=0.1, momentum_decay=1e-2)), ('RAdam', {}), ('RAdam', dict(lr=1e-2, weight_decay=0.01, betas=(0.8, 0.9))),
                     ('Rprop', {}), ('Rprop', dict(lr=0.05, etas=(0.3, 1.5), step_sizes=(1e-4, 1.0), maximize=True)), ('ASGD', {}), ('ASGD', dict(lr=0.05, t0=3, weight_decay=0.01, lambd=0.1))]:
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 2))
    opt = getattr(torch.optim, name)(model.parameters(), **kwargs)
    x = torch.randn(16, 4)
    y = torch.randn(16, 2)
    for step in range(8):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    print(name, kwargs, loss.item(), model[0].weight.sum().item(), model[2].bias.tolist())
    print(sorted(opt.state[model[0].weight].keys()), opt.state_dict()['param_groups'][0])
print(torch.optim.NAdam([nn.Parameter(torch.ones(2))]))
for bad in (lambda: torch.optim.NAdam([nn.Parameter(torch.ones(2))], momentum_decay=-1), lambda: torch.optim.RAdam([nn.Parameter(torch.ones(2))], betas=(1.0, 0.9)),
            lambda: torch.optim.Rprop([nn.Parameter(torch.ones(2))], etas=(1.5, 1.2)), lambda: torch.optim.ASGD([nn.Parameter(torch.ones(2))], lr=-1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

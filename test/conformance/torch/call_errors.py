# Bad calls to the parts of torch written in Python (modules, optimizers, schedulers, data loading) raise CPython's
# TypeErrors for Python functions, naming the method and its missing or extra arguments.
import torch
import torch.nn as nn
import torch.optim as optim
from torch.utils.data import DataLoader, TensorDataset, Subset, random_split

lin = nn.Linear(2, 2)
sgd = optim.SGD(lin.parameters(), lr=0.1)
cases = [
    lambda: optim.SGD(),
    lambda: optim.Adam(lin.parameters(), 0.1, (0.9, 0.99), 1e-8, 0, False, 3),
    lambda: optim.SGD(lin.parameters(), lr=0.1, foo=2),
    lambda: optim.SGD(lin.parameters(), 0.1, lr=0.2),
    lambda: optim.lr_scheduler.StepLR(),
    lambda: optim.lr_scheduler.ExponentialLR(sgd),
    lambda: optim.lr_scheduler.MultiStepLR(sgd),
    lambda: optim.lr_scheduler.ReduceLROnPlateau(),
    lambda: optim.lr_scheduler.ReduceLROnPlateau(sgd).step(),
    lambda: optim.lr_scheduler.CosineAnnealingLR(sgd),
    lambda: optim.lr_scheduler.StepLR(sgd, 2).step(1, 2),
    lambda: sgd.step(1, 2),
    lambda: sgd.zero_grad(foo=1),
    lambda: sgd.load_state_dict(),
    lambda: sgd.add_param_group(),
    lambda: DataLoader(),
    lambda: DataLoader(TensorDataset(torch.zeros(2)), bad=1),
    lambda: TensorDataset(torch.zeros(2), foo=1),
    lambda: Subset([1, 2, 3]),
    lambda: random_split(),
    lambda: nn.Linear(2),
    lambda: nn.Linear(),
    lambda: nn.Linear(2, 2, foo=1),
    lambda: nn.Conv2d(1, 2),
    lambda: nn.Linear(2, 2, in_features=3),
    lambda: nn.MSELoss()(torch.zeros(1)),
    lambda: nn.Dropout(0.5, True, 3),
    lambda: nn.ReLU(foo=1),
    lambda: nn.CrossEntropyLoss(weight=torch.ones(2), foo=1),
    lambda: nn.BatchNorm1d(),
    lambda: nn.BatchNorm1d(2)(),
    lambda: nn.MaxPool2d(),
    lambda: nn.Conv2d(1, 1, 1)(),
    lambda: nn.LayerNorm(2)(torch.zeros(2), 1),
    lambda: lin.train(1, 2),
    lambda: lin.zero_grad(True, 1),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, 'ok')
    except TypeError as e:
        print(i, type(e).__name__, e)

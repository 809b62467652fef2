# Every learning-rate scheduler of torch.optim.lr_scheduler stepped for several epochs (lr and momentum per step),
# including the composite ones (SequentialLR, ChainedScheduler), CyclicLR's modes and their errors.
import torch
from torch import nn, optim
from torch.optim import lr_scheduler
model = nn.Linear(2, 1)
def run(make, epochs=12, metric=None):
    opt = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    sched = make(opt)
    out = []
    for epoch in range(epochs):
        opt.step()
        if metric is None:
            sched.step()
        else:
            sched.step(metric(epoch))
        out.append(round(opt.param_groups[0]['lr'], 8))
    print(type(sched).__name__, out)
    return sched
run(lambda o: lr_scheduler.StepLR(o, step_size=3, gamma=0.5))
run(lambda o: lr_scheduler.MultiStepLR(o, milestones=[2, 5, 9], gamma=0.3))
run(lambda o: lr_scheduler.ExponentialLR(o, gamma=0.9))
run(lambda o: lr_scheduler.CosineAnnealingLR(o, T_max=5, eta_min=0.001), 15)
run(lambda o: lr_scheduler.CosineAnnealingWarmRestarts(o, T_0=3, T_mult=2), 15)
run(lambda o: lr_scheduler.ReduceLROnPlateau(o, patience=1, factor=0.5), 12, lambda e: 1.0)
run(lambda o: lr_scheduler.OneCycleLR(o, max_lr=1.0, total_steps=12), 12)
run(lambda o: lr_scheduler.LambdaLR(o, lambda e: 0.95 ** e))
run(lambda o: lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=4))
run(lambda o: lr_scheduler.ConstantLR(o, factor=0.5, total_iters=3))
run(lambda o: lr_scheduler.PolynomialLR(o, total_iters=6, power=2.0))
run(lambda o: lr_scheduler.CyclicLR(o, base_lr=0.01, max_lr=0.1, step_size_up=3))
run(lambda o: lr_scheduler.SequentialLR(o, [lr_scheduler.ConstantLR(o, factor=0.1, total_iters=2), lr_scheduler.ExponentialLR(o, gamma=0.9)], milestones=[2]))
s = run(lambda o: lr_scheduler.ChainedScheduler([lr_scheduler.ConstantLR(o, factor=0.1, total_iters=2), lr_scheduler.ExponentialLR(o, gamma=0.9)]))
print(s.get_last_lr())
s = run(lambda o: lr_scheduler.StepLR(o, 2))
print(s.get_last_lr(), s.state_dict())
from torch.optim.lr_scheduler import CyclicLR, SequentialLR, ConstantLR, ExponentialLR
opt = torch.optim.SGD(torch.nn.Linear(2, 1).parameters(), lr=0.1, momentum=0.9)
s = CyclicLR(opt, 0.01, 0.1, step_size_up=2, mode='triangular2')
print(type(s), CyclicLR.__module__, CyclicLR.__qualname__)
for i in range(6):
    opt.step()
    s.step()
    print(s.get_last_lr(), opt.param_groups[0]['momentum'])
s = CyclicLR(opt, 0.01, 0.1, step_size_up=2, mode='exp_range', gamma=0.9, cycle_momentum=False)
for i in range(5):
    opt.step()
    s.step()
print(s.get_last_lr(), sorted(s.state_dict().keys()))
try:
    CyclicLR(torch.optim.Adam(torch.nn.Linear(2, 1).parameters()), 0.01, 0.1)
except ValueError as e:
    print(e)
try:
    SequentialLR(opt, [ConstantLR(opt), ExponentialLR(opt, 0.9)], milestones=[1, 2])
except ValueError as e:
    print(e)
print(isinstance(s, torch.optim.lr_scheduler._LRScheduler))

# Learning-rate schedulers over many epochs: the lr values exactly as PyTorch computes them (Python floats,
# CosineAnnealingLR's recursive form), get_last_lr, last_epoch, state_dict, ReduceLROnPlateau's options, and
# PyTorch's warnings (stepping the scheduler before the optimizer, get_lr outside step, step(epoch)).
import torch
from torch.optim.lr_scheduler import StepLR, ExponentialLR, CosineAnnealingLR, ReduceLROnPlateau
from torch.optim.lr_scheduler import ConstantLR, LambdaLR, LinearLR, MultiplicativeLR, MultiStepLR


def optimizer(lr=0.1, groups=1):
    return torch.optim.SGD([{"params": [torch.zeros(1, requires_grad=True)]} for _ in range(groups)], lr=lr)


def run(name, make, epochs):
    opt = optimizer()
    scheduler = make(opt)
    print("==", name, scheduler.last_epoch, scheduler.get_last_lr(), scheduler.base_lrs)
    lrs = []
    for epoch in range(epochs):
        opt.step()
        scheduler.step()
        lrs.append(opt.param_groups[0]["lr"])
    print(lrs)
    print(scheduler.last_epoch, scheduler.get_last_lr())


run("StepLR", lambda o: StepLR(o, step_size=3), 12)
run("StepLR gamma", lambda o: StepLR(o, 4, gamma=0.7), 20)
run("ExponentialLR", lambda o: ExponentialLR(o, gamma=0.9), 30)
run("CosineAnnealingLR", lambda o: CosineAnnealingLR(o, T_max=10), 35)
run("CosineAnnealingLR eta_min", lambda o: CosineAnnealingLR(o, T_max=7, eta_min=0.001), 40)
run("CosineAnnealingLR T_max=1", lambda o: CosineAnnealingLR(o, T_max=1), 6)
run("MultiStepLR", lambda o: MultiStepLR(o, milestones=[2, 5, 5, 9], gamma=0.3), 12)
run("LambdaLR", lambda o: LambdaLR(o, lr_lambda=lambda epoch: 0.95 ** epoch), 8)
run("MultiplicativeLR", lambda o: MultiplicativeLR(o, lr_lambda=lambda epoch: 0.9), 8)
run("ConstantLR", lambda o: ConstantLR(o), 8)
run("ConstantLR factor", lambda o: ConstantLR(o, factor=0.5, total_iters=3), 6)
run("LinearLR", lambda o: LinearLR(o), 8)
run("LinearLR decay", lambda o: LinearLR(o, start_factor=1.0, end_factor=0.1, total_iters=4), 7)
for make in [lambda o: ConstantLR(o, factor=1.5), lambda o: LinearLR(o, start_factor=-0.1), lambda o: LinearLR(o, end_factor=2), lambda o: LambdaLR(o, [lambda e: 1, lambda e: 2])]:
    try:
        make(optimizer())
    except ValueError as e:
        print("ValueError", e)
opt = optimizer()
scheduler = LinearLR(opt, total_iters=4)
opt.step()
scheduler.step(2)
print(scheduler.get_last_lr(), MultiStepLR(opt, [1, 3]).milestones)
scheduler = MultiStepLR(opt, [1, 3, 3])
scheduler.step(4)
print(scheduler.get_last_lr(), sorted(scheduler.state_dict()))
class Warmup:
    def __init__(self, steps):
        self.steps = steps
    def __call__(self, epoch):
        return min(1.0, (epoch + 1) / self.steps)
scheduler = LambdaLR(optimizer(), [Warmup(4)])
state = scheduler.state_dict()
print(state["lr_lambdas"], LambdaLR(optimizer(), lambda e: 1).state_dict()["lr_lambdas"])
state["lr_lambdas"][0]["steps"] = 10
scheduler.load_state_dict(state)
print(scheduler.lr_lambdas[0].steps)

# several groups with different lrs; an integer lr stays an int until it is scaled
opt = torch.optim.SGD([{"params": [torch.zeros(1, requires_grad=True)], "lr": 1}, {"params": [torch.zeros(1, requires_grad=True)]}], lr=0.3)
scheduler = StepLR(opt, step_size=2, gamma=0.5)
for epoch in range(6):
    opt.step()
    scheduler.step()
    print(epoch, scheduler.get_last_lr(), [g["initial_lr"] for g in opt.param_groups])
print(sorted(scheduler.state_dict().items()))
print(opt)

# CosineAnnealingLR's recursion follows outside changes to the lr
opt = optimizer(0.05)
scheduler = CosineAnnealingLR(opt, T_max=8, eta_min=0.0001)
for epoch in range(10):
    opt.step()
    scheduler.step()
    if epoch == 3:
        opt.param_groups[0]["lr"] = 0.02
    print(epoch, opt.param_groups[0]["lr"])

# resuming: last_epoch needs initial_lr in the groups
opt = optimizer(0.1)
opt.param_groups[0]["initial_lr"] = 0.4
scheduler = ExponentialLR(opt, gamma=0.5, last_epoch=3)
print(scheduler.last_epoch, scheduler.get_last_lr())
try:
    ExponentialLR(optimizer(), gamma=0.5, last_epoch=3)
except KeyError as e:
    print("KeyError", e)
try:
    StepLR("not an optimizer", 3)
except TypeError as e:
    print("TypeError", e)

# stepping the scheduler before the optimizer warns once (on stderr)
opt = optimizer()
scheduler = StepLR(opt, step_size=1, gamma=0.5)
scheduler.step()
scheduler.step()
print(opt.param_groups[0]["lr"])
opt = optimizer()
scheduler = StepLR(opt, step_size=1, gamma=0.5)
scheduler.step()

# get_lr outside step warns too; step(epoch) uses the closed form and warns
opt = optimizer()
scheduler = StepLR(opt, step_size=2, gamma=0.5)
print(scheduler.get_lr())
opt.step()
scheduler.step(5)
print(scheduler.last_epoch, scheduler.get_last_lr())
scheduler = CosineAnnealingLR(opt, T_max=10)
opt.step()
scheduler.step(3)
print(scheduler.get_last_lr())

# verbose prints each change
opt = optimizer(0.1)
scheduler = ExponentialLR(opt, gamma=0.5, verbose=True)
opt.step()
scheduler.step()

# ReduceLROnPlateau
def plateau(metrics, **options):
    opt = optimizer(1.0, groups=2)
    scheduler = ReduceLROnPlateau(opt, **options)
    out = []
    for value in metrics:
        scheduler.step(value)
        out.append((scheduler.num_bad_epochs, scheduler.cooldown_counter, opt.param_groups[0]["lr"], opt.param_groups[1]["lr"]))
    print(options, out, scheduler.best, scheduler.last_epoch)

losses = [1.0, 0.9, 0.95, 0.95, 0.96, 0.9, 0.97, 0.98, 0.99, 0.99, 0.8, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.91]
plateau(losses)
plateau(losses, patience=1)
plateau(losses, patience=2, factor=0.5, cooldown=2)
plateau(losses, mode="max", patience=1, factor=0.3)
plateau(losses, patience=0, threshold=0.06, threshold_mode="abs")
plateau(losses, patience=0, threshold=0.1)
plateau(losses, patience=0, min_lr=0.05)
plateau(losses, patience=0, min_lr=[0.2, 0.001], eps=0.05)
plateau([torch.tensor(v) for v in losses[:6]], patience=0)
opt = optimizer(0.5)
scheduler = ReduceLROnPlateau(opt, "min", patience=0, verbose=True)
for value in [3, 2, 2, 2]:
    scheduler.step(value)
print(scheduler.get_last_lr() if hasattr(scheduler, "get_last_lr") else None, scheduler._last_lr)
for bad in [dict(factor=1.0), dict(mode="avg"), dict(threshold_mode="x"), dict(min_lr=[0.1, 0.2])]:
    try:
        ReduceLROnPlateau(optimizer(), **bad)
    except ValueError as e:
        print("ValueError", e)

# OneCycleLR: lr and momentum (or Adam's beta1) over the cycle
from torch.optim.lr_scheduler import OneCycleLR
for make, steps in [
    (lambda o: OneCycleLR(o, max_lr=0.1, total_steps=10), 10),
    (lambda o: OneCycleLR(o, max_lr=[0.5], epochs=3, steps_per_epoch=4, anneal_strategy="linear", pct_start=0.25), 12),
    (lambda o: OneCycleLR(o, max_lr=1.0, total_steps=9, three_phase=True, div_factor=10.0, final_div_factor=100.0), 9),
    (lambda o: OneCycleLR(o, max_lr=0.2, total_steps=5, cycle_momentum=False), 5),
]:
    opt = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1, momentum=0.9)
    scheduler = make(opt)
    out = [(opt.param_groups[0]["lr"], opt.param_groups[0]["momentum"])]
    for _ in range(steps - 1):
        opt.step()
        scheduler.step()
        out.append((opt.param_groups[0]["lr"], opt.param_groups[0]["momentum"]))
    print(out)
opt = torch.optim.Adam([torch.zeros(1, requires_grad=True)], lr=0.1)
scheduler = OneCycleLR(opt, max_lr=0.01, total_steps=4)
for _ in range(4):
    print(opt.param_groups[0]["lr"], opt.param_groups[0]["betas"], sorted(k for k in opt.param_groups[0] if "lr" in k or "momentum" in k))
    opt.step()
    scheduler.step() if scheduler.last_epoch < 3 else None
try:
    scheduler.step()
    scheduler.step()
except ValueError as e:
    print("ValueError", e)
for bad in [dict(), dict(total_steps=0), dict(epochs=2, steps_per_epoch=1.5), dict(total_steps=5, pct_start=1), dict(total_steps=5, anneal_strategy="exp"), dict(total_steps=5, max_lr=[0.1, 0.2])]:
    try:
        OneCycleLR(optimizer(), **{"max_lr": 0.1, **bad})
    except ValueError as e:
        print("ValueError", e)
try:
    OneCycleLR(torch.optim.Adagrad([torch.zeros(1, requires_grad=True)]), max_lr=0.1, total_steps=3)
except ValueError as e:
    print("ValueError", e)

# CosineAnnealingWarmRestarts, per epoch and with fractional epochs
from torch.optim.lr_scheduler import CosineAnnealingWarmRestarts
run("CosineAnnealingWarmRestarts", lambda o: CosineAnnealingWarmRestarts(o, T_0=4), 13)
run("CosineAnnealingWarmRestarts T_mult", lambda o: CosineAnnealingWarmRestarts(o, T_0=2, T_mult=2, eta_min=0.01), 16)
opt = optimizer()
scheduler = CosineAnnealingWarmRestarts(opt, T_0=3, T_mult=2)
for i in range(10):
    opt.step()
    scheduler.step(i * 1.3)
    print(i, scheduler.last_epoch, scheduler.T_cur, scheduler.T_i, scheduler.get_last_lr())
scheduler = CosineAnnealingWarmRestarts(optimizer(), T_0=5, verbose=True)
scheduler.step(7)
scheduler.step(2.5)
for bad in [dict(T_0=0), dict(T_0=2.0), dict(T_0=3, T_mult=0)]:
    try:
        CosineAnnealingWarmRestarts(optimizer(), **bad)
    except ValueError as e:
        print("ValueError", e)
try:
    scheduler.step(-1)
except ValueError as e:
    print("ValueError", e)

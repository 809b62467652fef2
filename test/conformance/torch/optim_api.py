# The Optimizer API around the updates: param groups with their own options, add_param_group, zero_grad,
# step(closure), state_dict/load_state_dict, reprs, float64 parameters, Python subclasses, and the errors
# for invalid hyperparameters.
import torch
import torch.nn as nn


def attempt(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


for cls in [torch.optim.SGD, torch.optim.Adam, torch.optim.AdamW, torch.optim.RMSprop, torch.optim.Adagrad]:
    print(cls, cls.__name__)
    print(cls([torch.zeros(2, requires_grad=True)], lr=0.5))

# groups: a list of dicts with per-group options, the rest from the defaults
torch.manual_seed(0)
first = nn.Linear(3, 2)
second = nn.Linear(2, 1)
optimizer = torch.optim.SGD([{"params": first.parameters()}, {"params": second.parameters(), "lr": 0.5, "momentum": 0.5}], lr=0.1, momentum=0.9)
print(optimizer)
print(len(optimizer.param_groups), [len(g["params"]) for g in optimizer.param_groups])
print(optimizer.defaults)
x = torch.randn(4, 3)
for step in range(3):
    optimizer.zero_grad()
    loss = second(first(x)).pow(2).mean()
    loss.backward()
    optimizer.step()
    print(step, loss.item(), first.weight.reshape(-1).tolist(), second.bias.tolist())
state = optimizer.state_dict()
print(state["param_groups"])
print(list(state["state"].keys()), [sorted(v.keys()) for v in state["state"].values()])

# changing an option between steps, as schedulers do
optimizer.param_groups[1]["lr"] = 0.01
optimizer.zero_grad()
second(first(x)).pow(2).mean().backward()
optimizer.step()
print(second.bias.tolist())

# zero_grad: in place by default in 1.13, to None on request
grad = first.weight.grad
optimizer.zero_grad()
print(first.weight.grad is grad, grad)
optimizer.zero_grad(set_to_none=True)
print(first.weight.grad)

# a parameter without a gradient is skipped and gets no state
a = torch.ones(3, requires_grad=True)
b = torch.ones(3, requires_grad=True)
adam = torch.optim.Adam([a, b], lr=0.1)
(a * torch.tensor([1.0, -2.0, 3.0])).sum().backward()
adam.step()
print(a, b, len(adam.state), adam.state_dict()["state"])
print(adam.state[a]["step"], adam.state[a]["exp_avg"])

# add_param_group
c = torch.zeros(2, requires_grad=True)
adam.add_param_group({"params": c, "lr": 0.3})
print(adam)
attempt("same parameter twice", lambda: adam.add_param_group({"params": [a]}))

# step(closure) returns the closure's loss
w = torch.tensor([1.0, 2.0], requires_grad=True)
sgd = torch.optim.SGD([w], lr=0.1)
def closure():
    sgd.zero_grad()
    loss = (w ** 2).sum()
    loss.backward()
    return loss
print(sgd.step(closure), w)
print(sgd.step(), w)

# float64 parameters step in float64
torch.manual_seed(3)
d = torch.randn(6).double().requires_grad_()
targets = torch.randn(6).double()
for cls, options in [(torch.optim.SGD, dict(lr=0.1, momentum=0.9, nesterov=True)), (torch.optim.Adam, dict(lr=0.1, amsgrad=True)), (torch.optim.RMSprop, dict(centered=True, momentum=0.5)), (torch.optim.Adagrad, dict(lr_decay=0.01)), (torch.optim.AdamW, {})]:
    p = d.detach().clone().requires_grad_()
    opt = cls([p], **options)
    for _ in range(3):
        opt.zero_grad()
        ((p - targets) ** 2).sum().backward()
        opt.step()
    print(cls.__name__, p.tolist())

# state_dict round trip: a fresh optimizer continues exactly where the first stopped
torch.manual_seed(4)
model = nn.Linear(4, 2)
inputs = torch.randn(5, 4)
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for _ in range(2):
    opt.zero_grad()
    model(inputs).sum().backward()
    opt.step()
saved = opt.state_dict()
again = torch.optim.Adam(model.parameters(), lr=0.9)
again.load_state_dict(saved)
print(again.param_groups[0]["lr"], again.state_dict()["param_groups"])
print(again.state_dict()["state"][0]["exp_avg"] is saved["state"][0]["exp_avg"], torch.equal(again.state_dict()["state"][0]["exp_avg"], saved["state"][0]["exp_avg"]))
for o in (opt, again):
    weight = model.weight.detach().clone()
    o.zero_grad()
    model(inputs).sum().backward()
    o.step()
    print(model.weight.reshape(-1).tolist())
    with torch.no_grad():
        model.weight.copy_(weight)
attempt("load: group count", lambda: again.load_state_dict({"state": {}, "param_groups": []}))
attempt("load: group size", lambda: again.load_state_dict({"state": {}, "param_groups": [{"params": [0]}]}))

# a Python subclass of Optimizer
class PlainSGD(torch.optim.Optimizer):
    def __init__(self, params, lr):
        super().__init__(params, dict(lr=lr))

    @torch.no_grad()
    def step(self, closure=None):
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is not None:
                    p.add_(p.grad, alpha=-group["lr"])
        return torch.is_grad_enabled()

v = torch.tensor([3.0, -1.0], requires_grad=True)
plain = PlainSGD([v], lr=0.25)
(v ** 2).sum().backward()
print(plain.step(), PlainSGD.step(plain), torch.is_grad_enabled())
print(v, plain, plain.state)

# invalid hyperparameters and parameters
p = [torch.zeros(1, requires_grad=True)]
attempt("SGD lr", lambda: torch.optim.SGD(p, lr=-0.1))
attempt("SGD no lr", lambda: torch.optim.SGD(p))
attempt("SGD momentum", lambda: torch.optim.SGD(p, lr=0.1, momentum=-1))
attempt("SGD weight_decay", lambda: torch.optim.SGD(p, lr=0.1, weight_decay=-1e-3))
attempt("SGD nesterov", lambda: torch.optim.SGD(p, lr=0.1, nesterov=True))
attempt("SGD nesterov dampening", lambda: torch.optim.SGD(p, lr=0.1, momentum=0.9, dampening=0.1, nesterov=True))
attempt("Adam lr", lambda: torch.optim.Adam(p, lr=-1))
attempt("Adam eps", lambda: torch.optim.Adam(p, eps=-1e-8))
attempt("Adam beta0", lambda: torch.optim.Adam(p, betas=(1.0, 0.9)))
attempt("Adam beta1", lambda: torch.optim.Adam(p, betas=(0.9, -0.5)))
attempt("Adam weight_decay", lambda: torch.optim.Adam(p, weight_decay=-2))
attempt("AdamW beta0", lambda: torch.optim.AdamW(p, betas=(-0.1, 0.9)))
attempt("RMSprop alpha", lambda: torch.optim.RMSprop(p, alpha=-0.5))
attempt("RMSprop momentum", lambda: torch.optim.RMSprop(p, momentum=-0.5))
attempt("Adagrad lr_decay", lambda: torch.optim.Adagrad(p, lr_decay=-0.5))
attempt("Adagrad initial", lambda: torch.optim.Adagrad(p, initial_accumulator_value=-1))
attempt("empty", lambda: torch.optim.SGD([], lr=0.1))
attempt("tensor", lambda: torch.optim.SGD(torch.zeros(2, requires_grad=True), lr=0.1))
attempt("not a tensor", lambda: torch.optim.SGD([1.0], lr=0.1))
attempt("non-leaf", lambda: torch.optim.SGD([torch.zeros(2, requires_grad=True) * 2], lr=0.1))
attempt("set", lambda: torch.optim.SGD({torch.zeros(2, requires_grad=True)}, lr=0.1))

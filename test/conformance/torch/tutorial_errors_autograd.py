# Errors around dtypes and autograd that a learner meets when mixing types.
import torch

a = torch.ones(2, 2)
d = torch.ones(2, 2, dtype=torch.float64)
i = torch.ones(2, 2, dtype=torch.int64)
cases = [
    lambda: a @ d,
    lambda: torch.mm(a, i),
    lambda: torch.dot(torch.ones(2), torch.ones(2, dtype=torch.float64)),
    lambda: i.add_(1.5),
    lambda: i.mul_(a),
    lambda: a.add_(d).dtype,
    lambda: torch.ones(2, dtype=torch.bool).add_(1),
    lambda: torch.tensor([1, 2]).float().requires_grad_().long().requires_grad,
    lambda: torch.ones(2, requires_grad=True).sum().backward(torch.ones(2)),
    lambda: torch.autograd.grad(torch.ones(2, requires_grad=True) * 2, torch.ones(1)),
    lambda: (torch.ones(2, requires_grad=True) * 2).backward(),
    lambda: torch.zeros(3)[torch.tensor([0, 1])].add_(1),
    lambda: torch.ones(3).masked_fill(torch.tensor([True, False]), 0),
    lambda: torch.ones(3).index_select(0, torch.tensor([0.0])),
    lambda: torch.ones(3).gather(0, torch.tensor([[0]])),
    lambda: torch.ones(2, 3).sum(dim=(0, 0)),
    lambda: torch.ones(2).view(-1, -1),
    lambda: torch.ones(4).view(3, -1),
    lambda: torch.ones(2, 3).squeeze(2),
    lambda: torch.ones(2, 3).mean(dtype=torch.int64),
]
for k, case in enumerate(cases):
    try:
        print(k, "ok", case())
    except Exception as e:
        print(k, type(e).__name__, e)

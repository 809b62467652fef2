# Error messages a learner meets: shapes, indices, dtypes, arguments.
import torch

a = torch.ones(2, 3)
b = torch.ones(3, 2)
cases = [
    lambda: a + b,
    lambda: a @ a,
    lambda: torch.mm(a, torch.ones(2)),
    lambda: torch.matmul(torch.ones(3), torch.ones(4)),
    lambda: torch.dot(torch.ones(2), torch.ones(3)),
    lambda: torch.mv(a, torch.ones(2)),
    lambda: torch.bmm(a, b),
    lambda: a.view(4, 2),
    lambda: a.t().view(6),
    lambda: a.reshape(5),
    lambda: a[2],
    lambda: a[0, 5],
    lambda: a[:, :, 0],
    lambda: a[torch.tensor([3])],
    lambda: a[torch.tensor([0.5])],
    lambda: a.sum(2),
    lambda: a.max(dim=3),
    lambda: a.transpose(0, 2),
    lambda: a.permute(0),
    lambda: a.permute(0, 0),
    lambda: torch.cat([a, b]),
    lambda: torch.cat([a, torch.ones(2, 3, dtype=torch.float64)], dim=2),
    lambda: torch.stack([a, b]),
    lambda: a.expand(3, 3),
    lambda: a.unsqueeze(3),
    lambda: a.squeeze(4),
    lambda: torch.zeros(-1),
    lambda: torch.ones(2, 2).item(),
    lambda: torch.tensor([1, 2]).mean(),
    lambda: torch.tensor([[1, 2], [3]]),
    lambda: torch.tensor("a"),
    lambda: torch.ones(2) - torch.ones(2, dtype=torch.bool),
    lambda: torch.ones(2, dtype=torch.bool) - torch.ones(2, dtype=torch.bool),
    lambda: -torch.ones(2, dtype=torch.bool),
    lambda: a.gather(1, torch.tensor([[3]])),
    lambda: a.index_select(0, torch.tensor([5])),
    lambda: torch.arange(0, 10, 0),
    lambda: torch.linspace(0, 1, -1),
    lambda: torch.randint(5, 2, (3,)),
    lambda: a.split(0),
    lambda: a.chunk(0),
    lambda: a.narrow(1, 2, 5),
    lambda: torch.zeros(2).add(torch.zeros(3)),
    lambda: a.softmax(5),
    lambda: torch.ones(2, 3).norm(p="fro", dim=5),
    lambda: a.flatten(2),
    lambda: a.repeat(2),
    lambda: torch.where(torch.tensor([1, 0]), a, b),
    lambda: a.float().long().mean(),
    lambda: torch.ones(3)[torch.tensor([True, False])],
    lambda: a.to("cuda"),
    lambda: torch.tensor([1.0]).item() + torch.zeros(2, 2)[5],
]
for i, case in enumerate(cases):
    try:
        result = case()
        print(i, "ok", result)
    except Exception as e:
        print(i, type(e).__name__, e)

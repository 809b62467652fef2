# Creation functions, views, indexing, iteration and in-place updates.
import torch

print(torch.zeros(2, 3), torch.ones(3, dtype=torch.int64), torch.full((2, 2), 7.0), torch.full((2,), 3), torch.empty(2, 0))
print(torch.arange(5), torch.arange(1, 4), torch.arange(0, 1, 0.25), torch.arange(5.0), torch.arange(2, 10, 3, dtype=torch.float64))
print(torch.linspace(0, 1, 7), torch.linspace(-3.3, 7.1, 11), torch.linspace(0, 10, 100)[37:45], torch.eye(3), torch.eye(2, 3))
t = torch.arange(12.0).reshape(3, 4)
print(torch.zeros_like(t), torch.ones_like(t, dtype=torch.int64), torch.full_like(t, 2.5), torch.empty_like(t).shape)
print(t.view(4, 3), t.view(-1), t.reshape(2, -1), t.t(), t.transpose(0, 1).contiguous(), t.permute(1, 0).shape, t.unsqueeze(1).shape, t.unsqueeze(-1).shape)
print(t[0], t[-1], t[1, 2], t[:, 0], t[1:], t[:2, 1:3], t[::2], t[..., 1], t[None].shape, t[0][1])
print(torch.ones(1, 3, 1).squeeze(), torch.ones(1, 3, 1).squeeze(0).shape, torch.ones(3).expand(2, 3), torch.ones(2, 1).expand(-1, 4))
print(t.flatten(), torch.ones(2, 3, 4).flatten(1).shape, t.select(1, 2), torch.transpose(t, 0, 1).shape, torch.reshape(t, (6, 2)).shape)
for row in t:
    print(row, row.sum())
print(list(torch.tensor([1, 2, 3])), len(t), t.numel(), t.size(), t.shape[1])
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
parts = list(x)
print(parts[0], parts[0].grad_fn)
(parts[0] * 2 + parts[2]).backward()
print(x.grad)
x.grad = None
(x[1:] * torch.tensor([5.0, 7.0])).sum().backward()
print(x.grad, x[1:].grad_fn, x[1:].grad_fn.next_functions)
u = torch.zeros(2, 3)
u[0] = 1.0
u[1, 2] = 5
u[:, 1] = torch.tensor([8.0, 9.0])
print(u)
u += 1
u *= 2
u -= torch.ones(3)
u /= 4
print(u)
u.add_(1).mul_(3)
print(u, u.zero_(), u.fill_(2.0))
c = torch.ones(3)
c.copy_(torch.tensor([4.0, 5.0, 6.0]))
print(c, c.clone(), c.detach())
try:
    ints = torch.tensor([1, 2])
    ints += 1.5
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.Tensor([1, 2]), torch.Tensor(2, 3).shape, torch.Tensor([[1, 2]]).dtype)
f = torch.zeros(3)
f.fill_(4)
print(f, f.data, x.data.requires_grad)

# Indexing and assignment: ints, slices with steps and negatives, ..., None, masks, integer tensors.
import torch

x = torch.arange(24).reshape(4, 6)
print(x[0], x[-1], x[1, 2], x[1][2], x[:, 0], x[1:3], x[::2], x[:, ::3], x[-2:, -3:], x[1:-1, 1:-1])
print(x[..., 0], x[None].shape, x[:, None].shape, x[..., None].shape, x[0, ..., 1], x[None, 0, None].shape)
print(x[[0, 2]], x[[0, 2], [1, 3]], x[torch.tensor([3, 0])], x[:, [0, -1]], x[[[0], [1]], [2, 3]])
print(x[x > 20], x[x > 100], x[torch.tensor([True, False, True, False])])
print(x[1:3, [0, 1]], x[[0, 1], 1:3], x[:, torch.tensor([[0, 1], [2, 3]])].shape)
y = torch.zeros(3, 4)
y[0] = 1
y[1, 1:3] = torch.tensor([5.0, 6.0])
y[:, -1] = torch.tensor([7.0, 8.0, 9.0])
y[y == 0] = -1
y[[2, 2], [0, 1]] = torch.tensor([3.0, 4.0])
y[..., 0] = 0.5
print(y)
z = torch.arange(6.0)
z[z > 2] = 0
z[torch.tensor([0, 1])] += 10
print(z)
m = torch.zeros(2, 2, dtype=torch.bool)
m[0, 1] = True
print(m, x[0, 0].item(), x[2].tolist(), x[x > 22].numel())
v = x[1]
v[0] = 100
print(x[1], x[1:2].shape, x[1].shape, x[1:1].shape, x[10:].shape)
t = torch.tensor([1.0, 2.0, 3.0])
print(t[-1], t[0:3:2], t[t < 3].sum(), t[[True, False, True]])
print(torch.arange(10)[torch.arange(10) > 4][::2])

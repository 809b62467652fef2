# Shape operations: joining and splitting, flips and rolls, repeats, narrowing, flattening, gathering and
# scattering, batched matrix products and transposes, with their grad_fns and gradients.
import torch


def attempt(label, compute):
    try:
        print(label, compute())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


a = torch.arange(6.0).reshape(2, 3).requires_grad_()
b = torch.ones(2, 3)
c = torch.cat([a, b])
print(c, torch.cat((a, b), 1), torch.concat([a, b], dim=-1).shape, torch.cat([a, torch.tensor([])]).shape)
s = torch.stack([a, b])
print(s.shape, torch.stack((a, b), dim=1), torch.stack([a, b], -1).shape, s.grad_fn, c.grad_fn)
(c * torch.arange(12.0).reshape(4, 3)).sum().backward()
print(a.grad)
a.grad = None

print(torch.cat([torch.tensor([1, 2]), torch.tensor([0.5])]), torch.stack([torch.tensor(1), torch.tensor(2)]))
print(a.split(2, 1), torch.split(a, [1, 2], dim=1), a.chunk(2), torch.chunk(a, 3, 1), a.unbind(1))
first, second = a.chunk(2)
print(first, second, torch.unbind(torch.eye(2)))

m = torch.arange(12.0).reshape(3, 4)
print(m.flip(0), m.flip(0, 1), torch.flip(m, [1]), torch.flip(m, (0, 1)).grad_fn)
print(m.roll(1), m.roll(1, 0), torch.roll(m, (1, -1), (0, 1)), torch.roll(m, shifts=2, dims=1))
print(m.repeat(2, 1), torch.tensor([1, 2]).repeat(2, 2), m.repeat(1, 1, 2).shape)
print(m.narrow(0, 1, 2), torch.narrow(m, 1, -2, 2), m.flatten(), torch.ones(2, 3, 4).flatten(1).shape, torch.ones(2, 3, 4).flatten(0, 1).shape)
print(m.unflatten(1, (2, 2)).shape, torch.unflatten(m, 0, (3, 1)).shape, m.unflatten(-1, (-1, 2)).shape)

# Gathering picks one element per index along a dim; scatter_add sums values into the indexed places.
idx = torch.tensor([[0, 0], [1, 0], [3, 2]])
w = torch.arange(12.0).reshape(3, 4).requires_grad_()
g = w.gather(1, idx)
print(g, torch.gather(w, 1, idx).grad_fn)
g.sum().backward()
print(w.grad)
print(w.index_select(0, torch.tensor([2, 0])), torch.index_select(w, 1, torch.tensor([1, 1, 3])).grad_fn)
print(torch.zeros(3, 4).scatter_add(1, idx, torch.ones(3, 2)), torch.scatter_add(torch.zeros(2, 2), 0, torch.tensor([[1, 0]]), torch.tensor([[5.0, 6.0]])))

# Batched products, matmul of any rank, transposes.
x = torch.arange(12.0).reshape(2, 2, 3).requires_grad_()
y = torch.arange(6.0).reshape(2, 3, 1)
print(torch.bmm(x, y), x.bmm(y).grad_fn, (x @ y).shape, torch.matmul(x, torch.ones(3)).shape, (torch.ones(3) @ torch.ones(2, 3, 4)).shape)
print(torch.ones(2, 1, 3, 4).matmul(torch.ones(5, 4, 2)).shape, (x @ y).grad_fn)
print(x.mT.shape, x.mT.grad_fn, m.T, m.T.grad_fn if m.requires_grad else None, a.T.grad_fn)
print(x.T.shape, torch.ones(3).T, torch.tensor(5.0).T)

attempt('cat of a tensor', lambda: torch.cat(a))
attempt('cat with a number', lambda: torch.cat([a, 1]))
attempt('cat shapes', lambda: torch.cat([a, torch.ones(3, 2)]))
attempt('stack shapes', lambda: torch.stack([a, torch.ones(3)]))
attempt('flip dims int', lambda: torch.flip(m, 0))
attempt('repeat too few', lambda: m.repeat(2))
attempt('split sizes', lambda: a.split([1, 1], 1))
attempt('narrow too long', lambda: m.narrow(0, 2, 2))
attempt('gather index dtype', lambda: w.gather(1, torch.tensor([[0.0]])))
attempt('bmm ranks', lambda: torch.bmm(m, m))
attempt('mT of a vector', lambda: torch.ones(3).mT)
attempt('unflatten sizes', lambda: m.unflatten(1, (3, 2)))
import torch
for f in [lambda: torch.flatten(torch.tensor(1.), 1), lambda: torch.tensor(1.).flatten(0, 1), lambda: torch.flatten(torch.tensor(1.)), lambda: torch.tensor(1.).flatten(-1), lambda: torch.nn.Flatten()(torch.tensor(1.)), lambda: torch.nn.Flatten(0)(torch.tensor(1.)), lambda: torch.zeros(2, 3).flatten(2), lambda: torch.zeros(2,3,4).flatten(2, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# Triangles and diagonals in tutorial style: causal attention masks with tril/triu, diagonal views and their
# gradients, diag/diag_embed/diagflat, trace, the index helpers and fill_diagonal_, with PyTorch's refusals.
import torch


def attempt(label, compute):
    try:
        print(label, compute())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


torch.manual_seed(0)
T = 5
mask = torch.tril(torch.ones(T, T))
print(mask, torch.triu(torch.ones(T, T, dtype=torch.bool), diagonal=1))
scores = torch.randn(T, T, requires_grad=True)
masked = scores.masked_fill(mask == 0, float('-inf')).softmax(dim=-1)
print(masked)
upper = scores.triu(1)
print(upper.grad_fn, scores.tril(-1).grad_fn)
(upper * 2).sum().backward()
print(scores.grad)

m = torch.arange(12.).view(3, 4).requires_grad_()
d = m.diagonal()
print(d, d.grad_fn, torch.diagonal(m, offset=1), m.diagonal(-1), d._base is m if hasattr(d, '_base') else None)
d.sum().backward()
print(m.grad)
b = torch.arange(24).view(2, 3, 4)
print(b.diagonal(dim1=1, dim2=2), torch.diagonal(b, 0, 0, 2))
print(torch.diag(torch.tensor([1.0, 2.0, 3.0])), torch.diag(torch.tensor([1, 2]), 1), torch.diag(m.detach(), -1))
v = torch.tensor([0.5, -1.0], requires_grad=True)
e = torch.diag_embed(v)
print(e, e.grad_fn, torch.diag_embed(torch.ones(2, 3), offset=1).shape)
print(torch.diagflat(torch.tensor([[1, 2], [3, 4]])), torch.diagflat(v, 1))
x = torch.randn(4, 4, requires_grad=True)
t = x.trace()
print(t, t.grad_fn, torch.arange(9).view(3, 3).trace(), torch.trace(torch.eye(3, dtype=torch.float64)))
t.backward()
print(x.grad)
print(torch.tril_indices(3, 3), torch.triu_indices(3, 4, offset=1), torch.tril_indices(4, 2, -1, dtype=torch.int32))
row, col = torch.triu_indices(4, 4, 1)
print(x.detach()[row, col])
z = torch.zeros(3, 3)
print(z.fill_diagonal_(4), torch.zeros(6, 2).fill_diagonal_(1, wrap=True), torch.zeros(2, 2, 2).fill_diagonal_(3))
w = torch.ones(3, 3, requires_grad=True).clone()
w.fill_diagonal_(0.0)
print(w, w.grad_fn)
k = torch.ones(2, 3)
k.tril_()
print(k, torch.ones(3, 3).triu_(diagonal=-1))
attempt('tril 1-d', lambda: torch.tril(torch.ones(3)))
attempt('diag 3-d', lambda: torch.ones(2, 2, 2).diag())
attempt('trace 1-d', lambda: torch.ones(3).trace())
attempt('diagonal same dims', lambda: m.diagonal(0, 1, 1))
attempt('fill_diagonal_ 1-d', lambda: torch.zeros(3).fill_diagonal_(1))
attempt('fill_diagonal_ int overflow', lambda: torch.zeros(2, 2, dtype=torch.uint8 if False else torch.int32).fill_diagonal_(2 ** 40))
attempt('tril_indices negative', lambda: torch.tril_indices(-2, 3))

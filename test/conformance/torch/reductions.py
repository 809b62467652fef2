# Reductions: max/min with and without a dim, amax/argmax, prod, var/std, norm, cumsum, all/any, sums with a
# dtype, logsumexp and softmax, with their grad_fns, gradients and refusals.
import torch
import torch.nn.functional as F


def attempt(label, compute):
    try:
        print(label, compute())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


x = torch.tensor([[1.0, 5.0, 3.0, 5.0], [-2.0, 0.5, 7.0, 7.0], [4.0, 4.0, -1.0, 0.0]], requires_grad=True)
print(x.max(), x.min(), torch.max(x), x.max().grad_fn)

# Along a dim, max and min give the values and the index of each first extreme.
r = x.max(1)
print(r)
print(type(r).__name__, type(r).__module__, isinstance(r, tuple), len(r))
print(r.values, r.indices, r[0], r[-1])
values, indices = torch.min(x, dim=0, keepdim=True)
print(values, indices)
print(torch.max(x, 1, True))
print(repr(torch.max(torch.tensor(3.0), 0)), str(x.min(-1)))
print(f"{torch.tensor([2, 9, 4]).max(0)}")
print(r == (r[0], r[1]), tuple(r)[1], list(torch.tensor([[1, 2], [3, 0]]).min(1)))
print(torch.max(x, torch.zeros(1)), x.min(other=torch.ones(4)))

x.max(1).values.sum().backward()
print(x.grad)
x.grad = None

print(x.amax(), x.amax(dim=1), x.amin((0, 1)), torch.amax(x, 0, keepdim=True))
print(x.argmax(), x.argmax(1), torch.argmin(x, dim=0, keepdim=True), x.argmax(keepdim=True))

# Products, spreads, norms.
p = torch.tensor([[1.0, 2.0, 3.0], [4.0, 0.0, 6.0]], requires_grad=True)
print(p.prod(), p.prod(1), torch.prod(p, 0, keepdim=True), torch.tensor([2, 3, 4]).prod(), p.detach().prod(dtype=torch.float64))
p.prod(1).sum().backward()
print(p.grad)
print(x.var(), x.var(1), x.var(0, True), x.var(False), torch.var(x, 1, False, True), x.var(dim=1, unbiased=False))
print(x.std(), x.std(dim=0), torch.std(x, (0, 1), keepdim=True), x.var(1, correction=2), x.std(None, correction=0))
print(x.norm(), x.norm(dim=1), x.norm(p=1), x.norm(1, dim=0, keepdim=True), x.norm(float('inf')), torch.norm(x, dim=(0, 1)))
print(x.norm(dim=(0, 1)).grad_fn, x.norm().grad_fn, x.norm(p='fro', dim=1))

# Running sums and truth tests.
print(x.cumsum(0), torch.cumsum(torch.tensor([1, 2, 3]), dim=0), torch.tensor([True, True, False]).cumsum(0, dtype=torch.float32))
b = torch.tensor([[True, False], [True, True]])
print(b.all(), b.any(), b.all(1), b.any(dim=0, keepdim=True), torch.all(torch.tensor([1.0, 0.0])), torch.tensor([]).all())

# sum and mean with a dtype, logsumexp.
i = torch.tensor([[1, 2], [3, 4]])
print(i.sum(dtype=torch.float32), i.mean(dtype=torch.float64), torch.sum(i, 1, dtype=torch.int64), x.sum(dtype=torch.float64).grad_fn)
print(x.logsumexp(1), torch.logsumexp(x, dim=(0, 1)), x.logsumexp(0, keepdim=True))

# softmax and log_softmax, three ways.
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 0.5, 3.0]], requires_grad=True)
s = torch.softmax(logits, 1)
print(s, logits.softmax(dim=0), F.softmax(logits, dim=-1), torch.softmax(logits, 1, torch.float64))
print(torch.log_softmax(logits, 1), logits.log_softmax(0), F.log_softmax(logits, dim=1))
(s[:, 0]).sum().backward()
print(logits.grad)
print(F.softmax(torch.tensor([1.0, 2.0, 3.0])))
print(F.softmax(logits))
print(F.log_softmax(torch.ones(2, 2, 2)).shape)
for _ in range(2):
    F.softmax(torch.ones(3))

attempt('max of empty', lambda: torch.tensor([]).max())
attempt('var of ints', lambda: torch.tensor([1, 2]).var())
attempt('norm p=foo', lambda: x.norm(p='foo'))
attempt('norm fro dtype', lambda: x.norm(dtype=torch.float64))
attempt('norm 3 dims', lambda: torch.ones(2, 2, 2).norm(dim=(0, 1, 2)))
attempt('argmax of bools', lambda: b.argmax())
attempt('max dim out of range', lambda: x.max(2))

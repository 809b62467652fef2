# Comparisons, logical ops, equal/allclose, and bool tensors in arithmetic.
import torch

a = torch.tensor([1.0, 2.0, 3.0, float("nan")])
b = torch.tensor([3.0, 2.0, 1.0, float("nan")])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == 2, 2 < a, a.eq(b), a.ne(2), a.lt(b), a.le(2), a.gt(b), a.ge(1))
print(torch.eq(a, b), torch.gt(a, 1.5), torch.lt(a, b), a.isnan(), torch.isnan(a), torch.isinf(torch.tensor([1.0, float("inf")])), torch.isfinite(a))
m = a > 1.5
n = b > 1.5
print(m & n, m | n, m ^ n, ~m, torch.logical_and(m, n), torch.logical_or(m, n), torch.logical_not(m), torch.logical_xor(m, n))
print(m.sum(), m.float().mean(), m.any(), m.all(), m.long(), m.double(), (m * 2.5), m + m)
print(torch.equal(a, a), torch.equal(a[:3], b[:3].flip(0)), torch.equal(torch.tensor([1, 2]), torch.tensor([1.0, 2.0])), torch.equal(torch.ones(2), torch.ones(3)))
print(torch.allclose(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.000001])), torch.allclose(torch.tensor([1.0]), torch.tensor([1.1])), torch.allclose(torch.tensor([1.0]), torch.tensor([1.1]), atol=0.2))
print(torch.allclose(a, a), torch.allclose(a, a, equal_nan=True), torch.isclose(a, b), torch.isclose(torch.tensor([1.0, 2.0]), torch.tensor([1.0001, 3.0]), rtol=1e-3))
i = torch.tensor([1, 2, 3])
print(i == 2, i > 1.5, i == torch.tensor([1.0, 0.0, 3.0]), (i > 1) & (i < 3), i.eq(i), (i == i).all())
print(torch.where(a > 1.5), torch.maximum(a, b), torch.minimum(a, b), torch.tensor([True, False]) == torch.tensor([1, 0]))
print(torch.tensor([1, 2, 3]) & torch.tensor([3, 2, 1]), torch.tensor([1, 2, 3]) | 4, torch.tensor([5]) ^ torch.tensor([3]), ~torch.tensor([0, 1]))
x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
mask = x > 0
print(mask, mask.requires_grad, (x * mask).sum(), x[mask], torch.where(mask, x, torch.zeros(3)).sum())
print(bool(torch.tensor([True])), bool(torch.tensor(0.0)), int(torch.tensor(3.7)), float(torch.tensor(2)), torch.tensor(2.0) == 2.0)
try:
    bool(torch.tensor([1, 2]))
except RuntimeError as e:
    print("RuntimeError:", e)
if torch.tensor(1.0) > 0:
    print("branch on a 0-d tensor")
print(max(torch.tensor(1.0), torch.tensor(2.0)), sorted([torch.tensor(3), torch.tensor(1)]))

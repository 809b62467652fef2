# Arithmetic with scalars and tensors, unary minus, type promotion and in-place variants.
import torch

a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
b = torch.tensor([10.0, 20.0])
i = torch.tensor([1, 2, 3])
print(a + b, a - b, a * b, a / b, a ** 2, -a)
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, a ** 0.5)
print(i + 1, i * 2, i / 2, i + 1.5, i * True, -i, i ** 2)
print(i + a[0, 0], (i + torch.tensor(2.0)).dtype, (i + torch.tensor([2.0])).dtype)
print(torch.tensor([True, False]) + torch.tensor([True, True]), torch.tensor([True]) * 3)
print(torch.add(a, b), torch.sub(a, 1), torch.mul(a, a), torch.div(a, b), torch.pow(a, 3), torch.neg(a))
print(a.add(1), a.sub(b), a.mul(2), a.div(4), a.pow(2), a.neg())
print(a @ a, a @ torch.tensor([1.0, -1.0]), torch.tensor([1.0, 2.0]) @ torch.tensor([3.0, 4.0]))
f64 = torch.tensor([1.0, 2.0], dtype=torch.float64)
print(f64 + torch.tensor([1.0, 2.0]), (f64 * 2).dtype, (torch.tensor([1, 2]) + f64).dtype)
print(torch.tensor([1, 2]) * 0.5, (torch.tensor([1, 2]) * torch.tensor(0.5, dtype=torch.float64)).dtype)
c = a.clone()
c += 1
c *= 2
c -= torch.tensor([1.0, 1.0])
c /= 4
print(c)
c.add_(1).mul_(3)
print(c, c.sub_(1), c.div_(2), c.pow_(2), c.neg_())
print(a.t(), a.T, a.sum(), a.mean())
x = torch.tensor([1.0, 2.0, 3.0])
x.add_(x)
print(x)
print(torch.tensor(5) / torch.tensor(2))
print(torch.tensor([1e38]) * 10, torch.tensor([1.0]) / 0, torch.tensor([0.0]) / 0, torch.tensor([-1.0]) / 0)

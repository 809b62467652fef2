# How tensors, sizes, dtypes, devices and graph nodes print.
import torch

for value in [torch.tensor(3.5), torch.tensor(3.0), torch.tensor(3), torch.tensor(True), torch.tensor(-0.0), torch.tensor(1e-5),
              torch.tensor(123456.789), torch.tensor(3.5, dtype=torch.float64), torch.tensor(3.5, requires_grad=True),
              torch.tensor([1.5, -2.25, 3.0], requires_grad=True), torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True),
              torch.tensor([[1, -20], [300, 4]]), torch.tensor([True, False]), torch.tensor([]), torch.zeros(0, 3),
              torch.tensor([[1., -1.], [1e-3, 100.]]), torch.tensor([float('nan'), float('inf'), -float('inf'), 1.0]),
              torch.arange(1001.), torch.arange(2000).reshape(40, 50), torch.ones(2, 2, 3), torch.tensor([1e-5, 1e5], requires_grad=True) * 2]:
    print(value)
print(repr(torch.tensor([1.0, 2.0])), str(torch.tensor([1.0, 2.0])))
t = torch.tensor(2.5)
print(f"{t}", f"{t:.3f}", f"{torch.tensor(7):>4}", format(t), "%s" % t)
print(f"{torch.tensor([1.0, 2.0])}")

print(torch.Size([2, 3]), repr(torch.Size([2, 3])), torch.Size([]), torch.ones(2, 3).shape, torch.ones(2, 3).size(), torch.ones(2, 3).size(1), torch.ones(2, 3).size(-2))
s = torch.ones(4, 5).shape
print(type(s), s == (4, 5), s[0], s[-1], len(s), list(s), tuple(s), s.numel(), isinstance(s, tuple))
rows, cols = s
print(rows, cols)
print(torch.float32, torch.float, torch.float64, torch.double, torch.int64, torch.long, torch.bool, type(torch.float32))
print(torch.float is torch.float32, torch.ones(1).dtype is torch.float32, torch.ones(1).dtype == torch.float32)
print(torch.device('cpu'), repr(torch.device('cpu')), torch.ones(2).device)
print(type(torch.ones(1)), torch.Tensor, torch.is_tensor(torch.ones(1)), torch.is_tensor([1]), isinstance(torch.ones(1), torch.Tensor))
x = torch.ones(2, 3, requires_grad=True)
print((x + 1).grad_fn.name(), type((x * 2).grad_fn).__name__, (x @ torch.ones(3, 2)).grad_fn.next_functions)
print(x.sum().grad_fn, x.t().grad_fn, x.view(6).grad_fn, x.reshape(3, 2).grad_fn, x[0].grad_fn, x.transpose(0, 1).grad_fn)
print(x.unsqueeze(0).grad_fn, x.unsqueeze(0).squeeze(0).grad_fn, x.unsqueeze(0).squeeze().grad_fn, x.expand(4, 2, 3).grad_fn, x.permute(1, 0).grad_fn)
print(x.exp().grad_fn, x.log().grad_fn, x.sqrt().grad_fn, x.tanh().grad_fn, x.sigmoid().grad_fn, x.relu().grad_fn, x.clamp(0, 1).grad_fn, x.clamp(min=0).grad_fn, x.clamp(max=1).grad_fn)
print(x.mean(0).grad_fn, x.sum(1).grad_fn, x.clone().grad_fn, x.double().grad_fn, (x / x).grad_fn, (x - x).grad_fn, x.flatten().grad_fn)
acc = (x + 1).grad_fn.next_functions[0][0]
print(acc, acc.name(), acc.variable is x, type(acc).__name__)
print(x.dim(), x.ndim, x.numel(), len(x), x.is_leaf, x.grad_fn, x.grad, x.is_floating_point(), x.requires_grad)
print(torch.tensor(3.5).item(), torch.tensor(0.1).item(), torch.tensor(3).item(), torch.tensor(True).item(), torch.ones(2, 3).tolist(), torch.tensor([1, 2]).tolist())
print(float(torch.tensor(2.5)), int(torch.tensor(3.7)), bool(torch.tensor(0.0)), bool(torch.tensor([1])), [1, 2, 3][torch.tensor(1)])
torch.set_printoptions(precision=2)
print(torch.tensor([1.23456, 2.5]))
torch.set_printoptions(sci_mode=True)
print(torch.tensor([1.23456, 2.5]))
torch.set_printoptions(profile="default")
print(torch.tensor([1.23456, 2.5]))

# The scatter and index families through torch.x, Tensor.x, Tensor.x_ and out=: values (exact, through
# tolist), grad_fn names, gradients, and PyTorch's errors for bad calls.
import torch


def attempt(label, compute):
    try:
        print(label, compute())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


x = torch.arange(12.0).reshape(3, 4).requires_grad_()
src = (torch.arange(12.0).reshape(3, 4) / 7).requires_grad_()
idx = torch.tensor([[0, 1, 2, 0], [2, 2, 0, 1]])

r = torch.scatter(x, 0, idx, src)
print(r.tolist(), r.grad_fn.name())
r = x.scatter(1, idx, 0.5)
print(r.tolist(), r.grad_fn.name())
r = x.scatter(0, idx, src, reduce='add')
print(r.tolist(), r.grad_fn)
print(x.scatter(0, idx, 2.0, reduce='multiply').tolist())
print(torch.scatter(x, 0, idx, value=-1.0).tolist())
r = torch.scatter_reduce(x, 0, idx, src[:2], 'amax', include_self=False)
print(r.tolist(), r.grad_fn.name())
r.sum().backward()
print(x.grad.tolist(), src.grad.tolist())
print(x.scatter_add(0, idx, src).grad_fn.name())

y = x.detach().clone()
print(y.scatter_(0, idx, 9.0) is y, y.tolist())
y.scatter_add_(1, idx, torch.ones(2, 4))
y.scatter_reduce_(0, idx, torch.full((2, 4), 3.0), 'prod')
print(y.tolist())
y.index_add_(0, torch.tensor([2, 0]), torch.ones(2, 4), alpha=2)
y.index_copy_(1, torch.tensor([3]), torch.zeros(3, 1))
y.index_fill_(0, torch.tensor([1]), 5)
y.index_put_((torch.tensor([0, 0]), torch.tensor([1, 1])), torch.tensor([1.5, 2.5]), accumulate=True)
y.masked_scatter_(y > 8, torch.arange(12.0))
y.put_(torch.tensor([0, -1]), torch.tensor([-3.0, -4.0]))
print(y.tolist())

w = x * 1
w.index_add_(1, torch.tensor([0, 0]), src[:, :2], alpha=0.5)
print(w.grad_fn.name(), torch.index_copy(x, 0, torch.tensor([1]), src[:1]).grad_fn.name())
print(x.index_fill(1, torch.tensor([0]), torch.tensor(2.0)).grad_fn.name(), x.index_put((torch.tensor([1]),), torch.tensor(0.0)).grad_fn.name())
print(torch.index_put(x, (torch.tensor([2, 0]), torch.tensor([1, 2])), torch.tensor([7.0, 8.0])).tolist())
attempt('index_put None', lambda: torch.index_put(x, (None, torch.tensor([1, 2])), torch.tensor([7.0, 8.0])))
m = torch.tensor([True, False, True, False])
print(x.masked_select(m).tolist(), torch.masked_select(x, m).grad_fn.name(), torch.masked_scatter(x, m, src).grad_fn.name())
print(torch.take(x, torch.tensor([[0, 5], [11, -1]])).tolist(), x.take(torch.tensor([1])).grad_fn.name())
print(torch.take_along_dim(x, torch.tensor([[1], [0], [3]]), dim=1).tolist(), x.take_along_dim(torch.tensor([4, 2])).tolist())
print(x.put(torch.tensor([1]), torch.tensor([0.0])).grad_fn.name(), torch.put(x, torch.tensor([1]), torch.tensor([5.0]), accumulate=True).tolist())

c = torch.tensor([[0, 1, 0], [2, 0, 3]])
print(torch.argwhere(c), c.argwhere().shape, torch.count_nonzero(c), c.count_nonzero(dim=0), torch.count_nonzero(c, (0, 1)))
print(torch.bincount(torch.tensor([0, 2, 2, 5])), torch.tensor([1, 1]).bincount(minlength=4), torch.bincount(torch.tensor([0, 1, 1]), weights=torch.tensor([0.5, 0.25, 2.0])))
print(torch.histc(torch.tensor([0.0, 0.5, 1.0, 2.0, 4.0]), bins=4), torch.tensor([1.0, 2.0, 2.5]).histc(3, 0, 3))
bounds = torch.tensor([1.0, 3.0, 5.0])
print(torch.bucketize(torch.tensor([0.0, 3.0, 6.0]), bounds), torch.bucketize(3.0, bounds, right=True), torch.bucketize(torch.tensor([3.0]), bounds, out_int32=True).dtype)
print(torch.searchsorted(bounds, torch.tensor([3.0, 4.0])), torch.searchsorted(bounds, 3, side='right'), torch.searchsorted(torch.tensor([[1, 3], [2, 4]]), torch.tensor([[2], [2]])))
print(torch.where(torch.tensor([[True, False], [False, True]])))

out = torch.empty(6)
torch.masked_select(x.detach(), m, out=out)
print(out)
out = torch.empty(2, dtype=torch.int64)
torch.searchsorted(bounds, torch.tensor([0.0, 9.0]), out=out)
print(out)

attempt('scatter index dtype', lambda: x.scatter(0, idx.int(), src))
attempt('scatter_reduce bad reduce', lambda: x.scatter_reduce(0, idx, src, 'max'))
attempt('scatter backward', lambda: x.scatter(0, idx, src, reduce='add').sum().backward())
attempt('index_add bad index', lambda: x.index_add(0, torch.tensor([3]), src[:1]))
attempt('index_put not tuple', lambda: x.index_put(torch.tensor([0]), torch.tensor(1.0)))
attempt('take out of range', lambda: x.take(torch.tensor([12])))
attempt('masked_scatter short', lambda: x.masked_scatter(x > -1, torch.ones(3)))
attempt('bincount float', lambda: torch.bincount(torch.tensor([1.5])))
attempt('histc int', lambda: torch.tensor([1, 2]).histc())
attempt('searchsorted side', lambda: torch.searchsorted(bounds, bounds, side='up'))

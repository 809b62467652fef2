# Shape helpers in tutorial style: stacking feature columns, tiling and interleaving, grids for plotting a
# function, broadcasting, moving dims of image batches, splitting, rotating and sliding windows, with the graph
# nodes PyTorch records and its refusals.
import torch


def attempt(label, compute):
    try:
        print(label, compute())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


a = torch.arange(6.).view(2, 3).requires_grad_()
b = torch.ones(2, 3)
v = torch.tensor([7., 8., 9.], requires_grad=True)
h = torch.hstack([a, b])
print(h, h.grad_fn, torch.hstack((v, v)), torch.vstack([a, v]), torch.row_stack((v, v)))
print(torch.dstack([a, b]).shape, torch.dstack((v, v)), torch.column_stack([v, v]), torch.column_stack((a.t(), v)))
print(torch.atleast_1d(torch.tensor(3.)), torch.atleast_2d(v), torch.atleast_3d(a).shape)
(torch.vstack([a, v]) * torch.arange(9.).view(3, 3)).sum().backward()
print(a.grad, v.grad)

print(v.tile(2), torch.tile(a, (2, 1)), a.tile(1, 2, 1).shape, torch.tile(a, (2,)).grad_fn)
print(v.repeat_interleave(2), torch.repeat_interleave(a, 2, dim=1), torch.repeat_interleave(a, torch.tensor([1, 3]), dim=0))
print(torch.repeat_interleave(torch.tensor([2, 0, 1])), a.repeat_interleave(2).grad_fn)
r = torch.repeat_interleave(v, torch.tensor([1, 2, 3]))
r.sum().backward()
print(r, v.grad)

xs = torch.linspace(-1, 1, 3)
ys = torch.linspace(0, 1, 2)
gx, gy = torch.meshgrid(xs, ys, indexing='ij')
print(gx, gy)
X, Y = torch.meshgrid(xs, ys, indexing='xy')
print(X, Y, (X ** 2 + Y).shape)
print(torch.meshgrid([xs, ys]))
print(v.broadcast_to((2, 3)), torch.broadcast_to(torch.tensor(1), (2,)))
p, q = torch.broadcast_tensors(a, torch.tensor([[1.], [2.]]))
print(p.shape, q, q.grad_fn)

imgs = torch.arange(24.).view(2, 3, 4)
print(imgs.movedim(1, -1).shape, torch.movedim(imgs, (0, 1), (2, 0)).shape, torch.moveaxis(imgs, 0, 1).stride())
print(imgs.swapaxes(0, 2).shape, torch.swapdims(imgs, 1, 2).shape, a.movedim(0, 1).grad_fn)
print(a.ravel(), a.t().ravel(), torch.ravel(a).grad_fn, a.t().ravel().grad_fn)

seq = torch.arange(10.)
print(seq.tensor_split(3), torch.tensor_split(seq, (2, 5)), torch.tensor_split(a, 2, dim=1))
print(torch.tensor_split(seq, torch.tensor([1, 8])), torch.tensor_split(seq, torch.tensor(4)))
print(torch.hsplit(imgs, 2)[0].shape, imgs.vsplit([1]), torch.dsplit(imgs, [1, 3])[1].shape, torch.hsplit(seq, 5))
parts = a.tensor_split(3, dim=1)
print(parts[0].grad_fn, [p.shape for p in parts])

print(a.rot90(), torch.rot90(a, 2), torch.rot90(a, -1, (1, 0)), a.rot90(4), a.rot90().grad_fn)
print(a.fliplr(), torch.flipud(v), a.fliplr().grad_fn)
a.grad = None
w = a.rot90(3)
(w * torch.arange(6.).view(3, 2)).sum().backward()
print(a.grad)

s = torch.arange(1., 8.).requires_grad_()
windows = s.unfold(0, 3, 2)
print(windows, windows.grad_fn, a.unfold(1, 2, 1), imgs.unfold(2, 2, 2).shape)
(windows * windows).sum().backward()
print(s.grad)

print(a.new_tensor([1, 2]), a.new_tensor([[True]]), a.new_full((2, 2), 3), v.new_full((1,), 2, dtype=torch.int64))
print(a.new_empty(2, 0), a.new_empty((2,)).shape, torch.tensor([1, 2]).new_tensor([0.5]))
c = a.new_tensor(b)
print(c)

attempt('hstack empty', lambda: torch.hstack([]))
attempt('meshgrid 2-d', lambda: torch.meshgrid(a, v, indexing='ij'))
attempt('meshgrid indexing', lambda: torch.meshgrid(v, v, indexing='yx'))
attempt('movedim count', lambda: imgs.movedim((0, 1), 2))
attempt('movedim repeated', lambda: imgs.movedim((0, 0), (1, 2)))
attempt('hsplit uneven', lambda: torch.hsplit(a, 2))
attempt('vsplit 1-d', lambda: seq.vsplit(2))
attempt('tensor_split 0', lambda: seq.tensor_split(0))
attempt('rot90 dims', lambda: a.rot90(1, (0, 0)))
attempt('rot90 1-d', lambda: v.rot90())
attempt('fliplr 1-d', lambda: v.fliplr())
attempt('unfold size', lambda: s.unfold(0, 9, 1))
attempt('repeat_interleave negative', lambda: v.repeat_interleave(-1))
attempt('repeat_interleave sizes', lambda: a.repeat_interleave(torch.tensor([1, 2, 3]), dim=0))
attempt('broadcast_to', lambda: a.broadcast_to((3, 3)))

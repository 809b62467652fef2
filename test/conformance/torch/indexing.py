# Indexing and index assignment: ints, slices, None, Ellipsis, bool masks, index tensors and lists, and what
# autograd records for them (IndexBackward0, CopySlices, IndexPutBackward0).
import torch


def attempt(label, compute):
    try:
        print(label, compute())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


x = torch.arange(12.0).reshape(3, 4)
print(x[0], x[-1, 2], x[:, 1], x[1:, ::2], x[..., 0], x[:, None].shape, x[None, ..., None].shape, x[...].shape)
print(x[x > 5], x[[0, 2]], x[torch.tensor([2, 0])], x[[0, 1], [1, 2]], x[[True, False, True]], x[True].shape, x[False].shape)
print(x[torch.tensor(1)], x[(0, 1)], x[1, [3, 0]], x[:, torch.tensor([[0, 1], [2, 3]])].shape, x[[[0, 1], [1, 2]]])
print(x[torch.tensor([[0, 1], [1, 0]])].shape, x[0, ..., torch.tensor([1, 3])], x[x[:, 0] > 2], x[[0, 2], 1:3])
print(x[[]].shape, x[torch.tensor([True, False, True]), ::3], x[:, [1]].shape, x[1:2, [0, 1]].shape)

# Writes go straight into the tensor, through views for basic keys and index_put for the others.
y = x.clone()
y[y > 5] = 0
print(y)
y[0] = torch.tensor([9.0, 8.0, 7.0, 6.0])
y[:, 1] = -1
y[1, [0, 2]] = torch.tensor([0.5, 0.25])
y[..., -1] = torch.tensor([[100.0], [200.0], [300.0]]).squeeze(1)
y[torch.tensor([True, False, True])] = torch.tensor(4.0)
print(y)
ints = torch.zeros(4, dtype=torch.int64)
ints[0] = 2.7
ints[1] = True
ints[2:] = torch.tensor([5.0, 6.0])
print(ints)

# Autograd through indexing.
w = torch.arange(6.0).reshape(2, 3).requires_grad_()
picked = w[0, [0, 2]]
print(picked, picked.grad_fn, w[w > 2].grad_fn, w[..., 1].grad_fn, w[...].grad_fn, w[:, None].grad_fn)
(w[[1, 1, 0], [2, 2, 0]] * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(w.grad)

h = w * 2
h[0] = 5
print(h, h.grad_fn, h.grad_fn.name(), h.grad_fn.next_functions[0][0].name())
h.sum().backward()
print(w.grad)
k = w * 1
k[torch.tensor([[True, False, True], [False, False, True]])] = 0.0
print(k, k.grad_fn.name())
v = w * 1
v[1] = w[0] * 10
v.sum().backward()
print(w.grad)

attempt('too many', lambda: x[0, 0, 0])
attempt('out of bounds', lambda: x[3])
attempt('index tensor out of bounds', lambda: x[torch.tensor([0, 5])])
attempt('float index', lambda: x[1.5])
attempt('string index', lambda: x['a'])
attempt('float tensor index', lambda: x[torch.tensor([0.0])])
attempt('negative step', lambda: x[::-1])
attempt('0-d', lambda: torch.tensor(1.0)[0])
attempt('mask shape', lambda: x[torch.tensor([True, False])])
attempt('broadcast', lambda: x[[0, 1], [0, 1, 2]])


def assign(target, key, value):
    target[key] = value
    return target


attempt('assign str', lambda: assign(x.clone(), 0, 'a'))
attempt('assign shape', lambda: assign(x.clone(), 0, torch.tensor([1.0, 2.0, 3.0])))
attempt('assign dtype', lambda: assign(x.clone(), x > 3, torch.tensor([1])))
attempt('assign leaf', lambda: assign(w, 0, 1.0))
attempt('assign view of leaf', lambda: assign(w[0], 0, 1.0))

# In-place operations: the methods ending in _, the augmented operators, and how autograd records them (or
# refuses them on leaves and on views of leaves).
import torch
import torch.nn.functional as F


def attempt(label, compute):
    try:
        print(label, compute())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


u = torch.zeros(2, 3)
same = u.add_(1)
print(same is u, u)
u.mul_(torch.tensor([1.0, 2.0, 3.0])).sub_(0.5).div_(2)
print(u)
u.add_(torch.ones(3), alpha=10)
u.sub_(1, alpha=2)
print(u, u.clamp_(min=1.0, max=5.0), u.clamp_(max=2))
u += 1
u -= torch.ones(3)
u *= 2
u /= 4
u **= 2
print(u, u.zero_(), u.fill_(2.5), u.copy_(torch.tensor([1.0, 2.0, 3.0])))
print(torch.tensor([-1.5, 0.3]).neg_(), torch.tensor([-1.5, 0.3]).abs_(), torch.tensor([2.7, -2.7]).floor_(), torch.tensor([1.0, 4.0]).sqrt_(), torch.tensor([0.0]).exp_())
print(torch.tensor([2.5, 3.5]).round_(), torch.tensor([0.5]).sigmoid_(), torch.tensor([-1.0, 1.0]).relu_(), torch.tensor([2.0]).pow_(3), torch.tensor([1.0]).log_())
flags = torch.tensor([True, False, True])
flags &= torch.tensor([True, True, False])
flags |= torch.tensor([False, True, False])
bits = torch.tensor([5, 6])
bits ^= 3
print(flags, bits, torch.tensor([1, 2]).add_(3), torch.tensor([1, 2]).mul_(2), F.relu(torch.tensor([-1.0, 2.0]), inplace=True))

# Recorded in-place ops rewrite the graph: the result's grad_fn is the op, and a view's base gets CopySlices.
w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = w * 2
y.add_(1)
print(y, y.grad_fn, y.grad_fn.next_functions[0][0])
y.mul_(w)
y.sum().backward()
print(w.grad)
w.grad = None
z = w * 1
z[1:].mul_(10)
print(z, z.grad_fn, z.grad_fn.name())
z.sum().backward()
print(w.grad)
w.grad = None
c = w * 0
c.copy_(w * 3)
print(c.grad_fn, c.grad_fn.name())
c.sum().backward()
print(w.grad)
w.grad = None
f = w + 0
f.fill_(7)
f.zero_()
print(f, f.grad_fn)
q = w.clone()
q += w
q.clamp_(max=4.0)
q.sum().backward()
print(q, q.grad_fn, w.grad)
with torch.no_grad():
    w.add_(1)
    w.mul_(2)
print(w, w.grad_fn, w.is_leaf)

attempt('leaf add_', lambda: w.add_(1))
attempt('leaf +=', lambda: w.__iadd__(1))
attempt('view of leaf', lambda: w[0].mul_(2))
attempt('int += float', lambda: torch.tensor([1, 2]).add_(1.5))
attempt('broadcast shape', lambda: torch.zeros(3).add_(torch.ones(2, 3)))
attempt('clamp_ no bounds', lambda: torch.zeros(2).clamp_())
attempt('fill_ with a vector', lambda: torch.zeros(2).fill_(torch.ones(2)))
attempt('bool sub_', lambda: flags.sub_(flags))
attempt('unbind output', lambda: (w * 1).unbind()[0].mul_(2))
attempt('expanded', lambda: torch.zeros(1).expand(3).add_(1))
attempt('int alpha float', lambda: torch.tensor([1]).add_(1, alpha=0.5))

# transpose_ swaps self's dims in place (TransposeBackward1); unsafe_chunk pieces may be written in place
torch.manual_seed(0)
leaf = torch.randn(2, 3, requires_grad=True)
attempt('transpose_ of a leaf', lambda: leaf.transpose_(0, 1))
attempt('transpose_ out of range', lambda: torch.randn(2, 3).transpose_(0, 2))
swapped = leaf * 3
print(swapped.transpose_(1, -2).shape, swapped.grad_fn.name(), swapped.is_contiguous())
sliced = (leaf * 2)[0:1]
print(sliced.transpose_(0, 1).shape, sliced.grad_fn.name(), sliced._base is not None)
(swapped * torch.arange(6.).reshape(3, 2)).sum().backward()
print(leaf.grad)
doubled = leaf * 2
pieces = doubled.unsafe_chunk(3, 1)
pieces[0].add_(1).sigmoid_()
print(pieces[0].grad_fn.name(), doubled.grad_fn.name(), doubled)
attempt('chunk output', lambda: (leaf * 2).chunk(3, 1)[0].add_(1))
print([p.grad_fn.name() for p in torch.unsafe_split(leaf * 1, 2, 1)], torch.unsafe_chunk(leaf * 1, 2)[0].shape)

# squeeze_, unsqueeze_, t_, swapdims_ and swapaxes_ change self's shape and strides in place
source = torch.randn(2, 1, 3, requires_grad=True)
for label, reshape_ in [
    ('unsqueeze_', lambda y: y.unsqueeze_(0)),
    ('squeeze_', lambda y: y.squeeze_()),
    ('squeeze_ dim', lambda y: y.squeeze_(1)),
    ('squeeze_ size > 1', lambda y: y.squeeze_(0)),
    ('t_ of a view', lambda y: y[0].t_()),
    ('swapdims_', lambda y: y.swapdims_(0, 2)),
    ('swapaxes_', lambda y: y.swapaxes_(0, 1)),
    ('unsqueeze_ last', lambda y: y.unsqueeze_(-1)),
]:
    result = reshape_(source * 2)
    print(label, result.shape, result.stride(), result.grad_fn.name())
    (result * torch.arange(float(result.numel())).reshape(result.shape)).sum().backward()
    print(source.grad.flatten().tolist())
    source.grad = None
attempt('unsqueeze_ of a leaf', lambda: source.unsqueeze_(0))
with torch.no_grad():
    source.unsqueeze_(0)
print(source.shape, source.is_leaf, source.requires_grad)
column = torch.zeros(3)
print(column.unsqueeze_(1).shape, column.stride(), torch.zeros(3).t_().shape)
attempt('unsqueeze_ out of range', lambda: column.unsqueeze_(3))
attempt('t_ of 3-d', lambda: torch.zeros(2, 3, 4).t_())

# the in-place ops torch offers as functions
values = torch.linspace(-1, 1, 5)
print(torch.sin_(values), torch.exp_(values), torch.clamp_(values, 0.5, 2), torch.sigmoid_(values), torch.zero_(values))
attempt('torch.sin_ of an int', lambda: torch.sin_(3))
attempt('torch.exp_ of a leaf', lambda: torch.exp_(torch.ones(2, requires_grad=True)))

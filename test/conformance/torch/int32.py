# int32 tensors end to end: creation, conversions, printing, promotion with every other dtype and with Python
# numbers, integer ops and reductions, in-place casting rules and overflow errors.
import torch

def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

i = torch.tensor([[1, -2, 3], [40, 5, -6]], dtype=torch.int32)
l = torch.tensor([7, -8, 9])
f = torch.tensor([1.5, -2.5, 3.75])
d = torch.tensor([0.5, 0.25, -1.0], dtype=torch.float64)
b = torch.tensor([True, False, True])
print(i, i.dtype, i.shape, torch.int, torch.int32, torch.int is torch.int32, torch.int32.is_floating_point)
print(repr(i[0]), i[0, 0], i.tolist(), i[1, 0].item(), type(i[1, 0].item()).__name__, int(i[0, 1]), float(i[0, 2]))
print(torch.zeros(2, dtype=torch.int), torch.ones(2, 2, dtype=torch.int32), torch.full((3,), 7, dtype=torch.int32))
print(torch.arange(5, dtype=torch.int32), torch.arange(2, 9, 3, dtype=torch.int32), torch.eye(2, dtype=torch.int32))
print(torch.tensor([], dtype=torch.int32), torch.zeros(0, 2, dtype=torch.int32), torch.zeros_like(i), torch.ones_like(l, dtype=torch.int))
print(torch.full((2,), 7.9, dtype=torch.int32), torch.tensor([1.9, -1.9], dtype=torch.int32))
print(f.int(), f.to(torch.int32), f.to(dtype=torch.int), f.type(torch.IntTensor), f.type('torch.IntTensor'), i.type(), torch.IntTensor([1, 2]))
print(i.float(), i.double(), i.long(), i.bool(), i.to(torch.float64), i.type(torch.LongTensor), l.int(), b.int())
print(torch.tensor([3e9, -3e9, float("nan"), float("inf")]).int(), torch.tensor([2**31, 2**32 + 5, -2**31 - 1]).int())
print(torch.tensor([float("nan"), 1e20, -3.7]).long())
for name, value in [
    ("i + i", i + i), ("i + l", i[0] + l), ("i + f", i[0] + f), ("i + d", i[0] + d), ("i + b", i[0] + b), ("b + i", b + i[0]),
    ("i + 1", i + 1), ("i + 1.5", i + 1.5), ("i * True", i * True), ("i + 2**31", i + 2**31), ("i + 2**40", i + 2**40),
    ("i + tensor(5)", i + torch.tensor(5)), ("i + tensor(0.5)", i + torch.tensor(0.5)), ("b + tensor(5, int32)", b + torch.tensor(5, dtype=torch.int32)),
    ("l + i[0, 0]", l + i[0, 0]), ("i - l", i[1] - l), ("i * 2", i * 2), ("i / 2", i / 2), ("2 / i", 2 / i), ("-i", -i), ("i ** 2", i ** 2),
    ("i * i big", torch.tensor([100000, 46341], dtype=torch.int32) * torch.tensor([100000, 46341], dtype=torch.int32)),
    ("i.abs()", i.abs()), ("i.sign()", i.sign()), ("i.clamp(0, 4)", i.clamp(0, 4)), ("i.clamp(0.5, 4)", i.clamp(0.5, 4)),
    ("i.relu()", i.relu()), ("i.square()", i.square()), ("i.floor()", i.floor()), ("i.round()", i.round()), ("i.exp()", i.exp()), ("i.sqrt()", i.sqrt()),
    ("i.sum()", i.sum()), ("i.sum(1)", i.sum(1)), ("i.sum(dtype=torch.int32)", i.sum(dtype=torch.int32)), ("i.prod()", i.prod()), ("i.cumsum(1)", i.cumsum(1)),
    ("i.max()", i.max()), ("i.max(1)", i.max(1)), ("i.argmax()", i.argmax()), ("i.amin(0)", i.amin(0)), ("i.all()", i.all()), ("i.any(1)", i.any(1)),
    ("i.float().mean()", i.float().mean()), ("i.mean(dtype=torch.float64)", i.mean(dtype=torch.float64)),
    ("i == 1", i == 1), ("i < 1.5", i < 1.5), ("i[0] == l", i[0] == l), ("i & 6", i & 6), ("i | l", i[0] | l), ("~i", ~i), ("i ^ i", i ^ i),
    ("where", torch.where(i > 0, i, 0)), ("where l", torch.where(i[0] > 0, i[0], l)), ("where f", torch.where(i > 0, i, 0.5)),
    ("maximum", torch.maximum(i[0], l)), ("cat", torch.cat([i[0], l])), ("stack", torch.stack([i[0], i[1]])), ("mm", i @ i.t()), ("dot", i[0].dot(i[1])),
    ("flip", i.flip(0)), ("t", i.t()), ("reshape", i.reshape(3, 2)), ("equal", torch.equal(i[0], torch.tensor([1, -2, 3]))), ("allclose", torch.allclose(i, i)),
]:
    print(name, "->", value, value.dtype if isinstance(value, torch.Tensor) else "")

j = i.clone()
j += 1
j *= l[:3].int()
j -= torch.tensor(2)
print(j)
j[0] = 9
j[1, 1] = 2.7
j.fill_(-3)
print(j, j.dtype)
attempt("i += 1.5", lambda: i.clone().__iadd__(1.5))
attempt("i /= 2", lambda: i.clone().__itruediv__(2))
attempt("i *= f", lambda: i[0].clone().__imul__(f))
attempt("i.clamp_(0.5, 3)", lambda: i.clone().clamp_(0.5, 3))
attempt("i += l", lambda: i[0].clone().__iadd__(l))
attempt("i.mean()", lambda: i.mean())
attempt("i.var()", lambda: i.var())
attempt("i.norm()", lambda: i.norm())
attempt("i.softmax(0)", lambda: i.softmax(0))
attempt("i.frac()", lambda: i.frac())
attempt("i - b", lambda: i[0] - b)
attempt("f - True", lambda: f - True)
attempt("i @ l", lambda: i @ l)
attempt("requires_grad", lambda: torch.tensor([1], dtype=torch.int32, requires_grad=True))
attempt("tensor 2**33", lambda: torch.tensor([2**33], dtype=torch.int32))
attempt("tensor 3e9", lambda: torch.tensor([3e9], dtype=torch.int32))
attempt("tensor nan", lambda: torch.tensor([float("nan")], dtype=torch.int64))
attempt("full 2**31", lambda: torch.full((2,), 2**31, dtype=torch.int32))
attempt("full 3e9", lambda: torch.full((2,), 3e9, dtype=torch.int32))
attempt("full 1e20 int64", lambda: torch.full((2,), 1e20, dtype=torch.int64))
attempt("full 1e300 float", lambda: torch.full((2,), 1e300))
attempt("fill_ 2**31", lambda: torch.zeros(2, dtype=torch.int32).fill_(2**31))
attempt("fill_ -2**31", lambda: torch.zeros(2, dtype=torch.int32).fill_(-2**31))
attempt("fill_ 1e300", lambda: torch.zeros(2).fill_(1e300))
attempt("setitem 2**33", lambda: i.clone().__setitem__(0, 2**33))
attempt("setitem 1e300", lambda: torch.zeros(2).__setitem__(0, 1e300))
attempt("clamp max 2**40", lambda: i.clamp(max=2**40))
attempt("clamp_ max 2**40", lambda: i.clone().clamp_(max=2**40))
attempt("tensor 2**63", lambda: torch.tensor([2**63]))
attempt("i + 2**64", lambda: i + 2**64)
attempt("f * 2**63", lambda: f * 2**63)

# dtype inference from elements, and the remaining ops that take int32
print(torch.tensor([torch.tensor(1, dtype=torch.int32), torch.tensor(2, dtype=torch.int32)]), torch.tensor([torch.tensor(1, dtype=torch.int32), 5]))
print(torch.tensor([torch.tensor(1, dtype=torch.int32), True]), torch.tensor([torch.tensor(1.0, dtype=torch.float64), 2]), torch.tensor([torch.tensor(1), 2.5]))
print(i.prod(dtype=torch.int32), i.cumsum(0, dtype=torch.float32), i.element_size(), l.element_size(), i.is_floating_point(), i.int() is i, i.to(torch.int32) is i)
print(i.logsumexp(1), torch.isclose(i, i + 1), i[0:1].expand(3, 3), i.repeat(2, 1), i.split(1), i.chunk(2, 1), i.narrow(1, 0, 2), i.roll(1))
print(i.gather(1, torch.tensor([[0], [1]])), i[i > 0], i[torch.tensor([1, 0])], i.masked_fill(i > 0, 7), i.masked_fill(i > 0, 7.5))
print(i.argmin(1), i.min(), torch.minimum(i, i.flip(0)), torch.outer(i[0], i[1]), i.mv(torch.tensor([1, 1, 1], dtype=torch.int32)))
k = i.clone()
k.abs_()
k.neg_()
k.add_(i, alpha=2)
k.mul_(2)
k.pow_(2)
k.bitwise_and_(12)
print(k, torch.zeros(2).add_(torch.tensor([1, 2], dtype=torch.int32)), torch.zeros(2, dtype=torch.int32).__iadd__(torch.tensor([1, 2])))
print(i.clone().copy_(torch.tensor([1.7, -2.7, 3.2])), torch.logical_and(i[0], l), {torch.int32: 1}[torch.int], f"{i[0, 0]:5d}", list(range(i[1, 1])))
attempt("i.clone().sigmoid_()", lambda: i.clone().sigmoid_())
attempt("i.softmax(0)", lambda: i.log_softmax(0))
attempt("i @ l", lambda: i @ l.long())

# integer ranges: bounds and step taken as integers, the count as PyTorch computes it
for dt in [torch.int32, torch.int64]:
    for start, end, steps in [(0, 10, 20), (-3.5, 10, 17), (0, 100, 33), (-3.5, 10, 7), (7, -3, 40), (2.9, -2.9, 9)]:
        print(torch.linspace(start, end, steps, dtype=dt).tolist())
    for args in [(0.5, 5, 1), (0.5, 5.5, 1.5), (5, -5, -3), (5, -5.5, -2.5), (2.5,), (-3.7, 2)]:
        print(torch.arange(*args, dtype=dt))
    attempt("arange float step", lambda: torch.arange(0, 2, 0.5, dtype=dt))
attempt("rand int32", lambda: torch.rand(2, dtype=torch.int32))
attempt("randn int64", lambda: torch.randn(2, dtype=torch.int64))
attempt("rand_like int32", lambda: torch.rand_like(i))
attempt("randn_like bool", lambda: torch.randn_like(b))
attempt("where overflow", lambda: torch.where(i > 0, i, 2**32 + 1))
print(torch.where(i > 0, i, 7), torch.where(i > 0, 2**40, i.long()))

# int32 tensors as indices: a 0-dim one is an integer, index_select takes them, advanced indexing does not
x = torch.arange(6.).reshape(2, 3)
print(x[torch.tensor(1, dtype=torch.int32)], x[:, torch.tensor(2, dtype=torch.int32)], x.index_select(1, torch.tensor([2, 0], dtype=torch.int32)))
attempt("x[int32 vector]", lambda: x[torch.tensor([1], dtype=torch.int32)])
attempt("gather int32", lambda: x.gather(1, torch.tensor([[0], [1]], dtype=torch.int32)))
x = torch.arange(6.).reshape(2, 3).requires_grad_()
y = x.index_select(1, torch.tensor([2, 0, 2], dtype=torch.int32))
y.sum().backward()
print(y, x.grad)
z = x[torch.tensor(1, dtype=torch.int32)] * 2
z.sum().backward()
print(z, x.grad)

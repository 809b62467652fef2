# int8 (torch.int8, Tensor.char()) and int16 (torch.int16, torch.short, Tensor.short()) tensors end to end:
# creation, conversions, printing, promotion with every other dtype and with Python numbers, wrapping
# arithmetic, integer division, comparisons, reductions, indexing, saving and loading, and the errors of
# float-only ops.
import torch

def attempt(label, fn):
    try:
        value = fn()
        print(label, "->", value, value.dtype if isinstance(value, torch.Tensor) else "")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

# The "Tensors" tutorial's lines
a = torch.ones((2, 3), dtype=torch.int16)
print(a)
torch.manual_seed(1729)
b = torch.rand((2, 3), dtype=torch.float64) * 20.
print(b)
c = b.to(torch.int32)
print(c)
print(b.to(torch.int16), b.short(), b.char(), a.dtype, c.dtype)
i = torch.ones((5, 3), dtype=torch.int16)
print(i, i.dtype)

c8 = torch.tensor([[1, -2, 127], [-128, 5, 100]], dtype=torch.int8)
s16 = torch.tensor([[1, -2, 300], [-32768, 32767, 1000]], dtype=torch.int16)
u8 = torch.tensor([1, 200, 255], dtype=torch.uint8)
l = torch.tensor([7, -8, 9])
i32 = torch.tensor([3, -4, 5], dtype=torch.int32)
f = torch.tensor([1.5, -2.5, 3.75])
d = torch.tensor([0.5, 0.25, -1.0], dtype=torch.float64)
bl = torch.tensor([True, False, True])
print(c8, s16, c8.dtype, s16.dtype, torch.int8, torch.int16, torch.short, torch.short is torch.int16, hasattr(torch, "char"))
print(repr(c8[0]), c8[0, 2], c8.tolist(), s16[1, 0].item(), type(s16[1, 0].item()).__name__, int(c8[0, 1]), float(s16[0, 2]))
print(c8.element_size(), s16.element_size(), torch.int8.is_floating_point, c8.is_floating_point())
print(c8.type(), s16.type(), torch.CharTensor([1, 2]), torch.ShortTensor([3, -4]), torch.CharTensor, torch.ShortTensor)
print(f.type(torch.ShortTensor), f.type("torch.CharTensor"), {torch.int16: 1}[torch.short], str(torch.int8), repr(torch.int16))
print(torch.promote_types(torch.uint8, torch.int8), torch.promote_types(torch.int8, torch.int16), torch.promote_types(torch.bool, torch.int8))
print(torch.promote_types(torch.int16, torch.uint8), torch.promote_types(torch.int16, torch.int32), torch.promote_types(torch.int8, torch.float32))

# creation
for dt in [torch.int8, torch.int16]:
    print(torch.zeros(2, dtype=dt), torch.ones(2, 2, dtype=dt), torch.full((3,), 7, dtype=dt), torch.full((2,), -7.9, dtype=dt))
    print(torch.arange(5, dtype=dt), torch.arange(2, 9, 3, dtype=dt), torch.arange(-3.5, 2, dtype=dt), torch.eye(2, dtype=dt))
    print(torch.tensor([], dtype=dt), torch.zeros(0, 2, dtype=dt), torch.zeros_like(l, dtype=dt), torch.ones_like(c8 if dt == torch.int8 else s16))
    print(torch.empty(2, dtype=dt).fill_(3), torch.tensor([1.9, -1.9, 0.5], dtype=dt), torch.linspace(0, 10, 5, dtype=dt), l.new_ones(2, dtype=dt))
    print(torch.tensor(5, dtype=dt), torch.tensor([[True, False]], dtype=dt), torch.tril(torch.ones(2, 2, dtype=dt)))
    attempt("tril_indices", lambda: torch.tril_indices(2, 2, dtype=dt))
    torch.manual_seed(0)
    print(torch.randint(-5, 5, (6,), dtype=dt), torch.randint(100, (4,), dtype=dt), torch.randperm(5, dtype=dt), torch.randint_like(l, 0, 10, dtype=dt))
    print(torch.empty(4, dtype=dt).random_(0, 10), torch.empty(3, dtype=dt).random_(), torch.empty(3, dtype=dt).random_(-3, 3))
    attempt("random_ out of bounds", lambda: torch.empty(2, dtype=dt).random_(0, 70000))
    attempt("full overflow", lambda: torch.full((2,), 40000, dtype=dt))
    attempt("full overflow 128", lambda: torch.full((2,), 128, dtype=dt))
    attempt("full 127.5", lambda: torch.full((2,), 127.5, dtype=dt))
    attempt("tensor overflow", lambda: torch.tensor([70000], dtype=dt))
    attempt("tensor 200", lambda: torch.tensor([200, -200], dtype=dt))
    attempt("fill_ overflow", lambda: torch.zeros(2, dtype=dt).fill_(-40000))
    attempt("setitem overflow", lambda: torch.zeros(2, dtype=dt).__setitem__(0, 99999))
    attempt("rand", lambda: torch.rand(2, dtype=dt))
    attempt("randn_like", lambda: torch.randn_like(torch.zeros(2, dtype=dt)))
    attempt("arange float step", lambda: torch.arange(0, 2, 0.5, dtype=dt))
    attempt("requires_grad", lambda: torch.tensor([1], dtype=dt, requires_grad=True))
    attempt("requires_grad_", lambda: torch.zeros(2, dtype=dt).requires_grad_())
    attempt("zeros requires_grad", lambda: torch.zeros(2, dtype=dt, requires_grad=True))

# conversions: floats truncate and wrap (beyond int32's range they give 0), integers wrap
big = torch.tensor([300.0, -200.7, 1e10, 3e9 + 7, float("nan"), float("inf"), -1e10, 40000.5, 2**31 + 300.0, 127.9, -128.9])
print(big.char(), big.short(), big.byte(), big.double().char(), big.double().short())
wide = torch.tensor([128, -129, 255, 256, 40000, -32769, 2**31 + 5, -2**40 - 3])
print(wide.char(), wide.short(), wide.int().char(), wide.int().short(), wide.to(torch.int8).to(torch.int16))
print(c8.short(), c8.int(), c8.long(), c8.float(), c8.double(), c8.bool(), c8.byte(), s16.char(), s16.byte(), s16.to(dtype=torch.int8))
print(u8.char(), bl.short(), bl.char(), c8.to(torch.int8) is c8, s16.short() is s16, c8.type(torch.ShortTensor), s16.type_as(c8), c8.type(torch.int16))
print(torch.tensor([torch.tensor(1, dtype=torch.int8), torch.tensor(2, dtype=torch.int8)]), torch.tensor([torch.tensor(1, dtype=torch.int16), 5]))
print(torch.tensor([[1, 2]], dtype=torch.int8).tolist(), c8.numel(), s16.sum().item(), f"{c8[0, 0]:3d}", list(range(c8[0, 2] - 120)), bool(c8[0, 0]))

# arithmetic and promotion
for name, fn in [
    ("c8 + c8", lambda: c8 + c8), ("c8 * 2", lambda: c8 * 2), ("c8 - 100", lambda: c8 - 100), ("-c8", lambda: -c8), ("c8 * c8", lambda: c8 * c8),
    ("s16 + s16", lambda: s16 + s16), ("s16 * 300", lambda: s16 * 300), ("s16 * s16", lambda: s16 * s16), ("-s16", lambda: -s16), ("s16 - 1", lambda: s16 - 1),
    ("c8 + 1000", lambda: c8 + 1000), ("c8 + 1.5", lambda: c8 + 1.5), ("c8 * True", lambda: c8 * True), ("c8 + 2**40", lambda: c8 + 2**40),
    ("c8[0] + u8", lambda: c8[0] + u8), ("u8 + c8[1]", lambda: u8 + c8[1]), ("c8[0] + s16[0]", lambda: c8[0] + s16[0]), ("s16[0] + i32", lambda: s16[0] + i32),
    ("c8[0] + l", lambda: c8[0] + l), ("s16[0] + f", lambda: s16[0] + f), ("c8[0] + d", lambda: c8[0] + d), ("c8[0] + bl", lambda: c8[0] + bl),
    ("c8 + tensor(5)", lambda: c8 + torch.tensor(5)), ("c8 + tensor(0.5)", lambda: c8 + torch.tensor(0.5)), ("bl + tensor(3, int8)", lambda: bl + torch.tensor(3, dtype=torch.int8)),
    ("u8 + tensor(3, int8)", lambda: u8 + torch.tensor(3, dtype=torch.int8)), ("c8 + tensor(300, int16)", lambda: c8 + torch.tensor(300, dtype=torch.int16)),
    ("l + s16[0, 0]", lambda: l + s16[0, 0]), ("c8 / 2", lambda: c8 / 2), ("2 / c8", lambda: 2 / c8), ("s16 / s16", lambda: s16 / s16), ("c8 ** 2", lambda: c8 ** 2),
    ("s16 ** 2", lambda: s16 ** 2), ("2 ** c8[0]", lambda: 2 ** c8[0]), ("c8.pow(0.5)", lambda: c8.pow(0.5)), ("1 - c8", lambda: 1 - c8), ("3 * s16", lambda: 3 * s16),
    ("c8 // 3", lambda: c8 // 3), ("c8 // -3", lambda: c8 // -3), ("c8 % 3", lambda: c8 % 3), ("c8 % -3", lambda: c8 % -3), ("-7 // c8[0]", lambda: -7 // c8[0]),
    ("s16 // 7", lambda: s16 // 7), ("s16 % 7", lambda: s16 % 7), ("s16 % -7", lambda: s16 % -7), ("c8 // 2.5", lambda: c8 // 2.5), ("c8 % 2.5", lambda: c8 % 2.5),
    ("c8 // c8", lambda: c8 // torch.tensor([[3, -3, 5], [7, -2, 9]], dtype=torch.int8)), ("c8 // -1", lambda: c8 // -1), ("c8 // tensor(-1, int8)", lambda: c8 // torch.tensor(-1, dtype=torch.int8)),
    ("div trunc", lambda: torch.div(c8, 3, rounding_mode="trunc")), ("div floor", lambda: torch.div(s16, -7, rounding_mode="floor")), ("div trunc float", lambda: torch.div(c8, 2.5, rounding_mode="trunc")),
    ("fmod", lambda: torch.fmod(c8, 3)), ("fmod -3", lambda: torch.fmod(s16, -3)), ("remainder", lambda: torch.remainder(c8, -5)), ("fmod float", lambda: c8.fmod(1.5)),
    ("c8 // 0", lambda: c8 // 0), ("c8 % 0", lambda: c8 % 0), ("s16 // zeros", lambda: s16 // torch.zeros(3, dtype=torch.int16)), ("c8 / 0", lambda: c8 / 0),
    ("c8.abs()", lambda: c8.abs()), ("c8.sign()", lambda: c8.sign()), ("c8.neg()", lambda: c8.neg()), ("c8.clamp(-5, 5)", lambda: c8.clamp(-5, 5)), ("c8.clamp(0.5, 4)", lambda: c8.clamp(0.5, 4)),
    ("s16.clamp(min=0)", lambda: s16.clamp(min=0)), ("c8.relu()", lambda: c8.relu()), ("c8.square()", lambda: c8.square()), ("s16.square()", lambda: s16.square()),
    ("c8.floor()", lambda: c8.floor()), ("s16.round()", lambda: s16.round()), ("c8.exp()", lambda: c8.exp()), ("s16.sqrt()", lambda: s16.sqrt()), ("c8.sigmoid()", lambda: c8.sigmoid()),
    ("c8.float().tanh()", lambda: c8.float().tanh()), ("torch.maximum", lambda: torch.maximum(c8[0], s16[0])), ("torch.minimum", lambda: torch.minimum(c8, c8.flip(0))),
    ("where", lambda: torch.where(c8 > 0, c8, 0)), ("where s16", lambda: torch.where(c8 > 0, c8, s16)), ("where 1.5", lambda: torch.where(c8 > 0, c8, 1.5)),
    ("where overflow", lambda: torch.where(c8 > 0, c8, 300)), ("c8 & 6", lambda: c8 & 6), ("c8 | s16", lambda: c8 | s16), ("~c8", lambda: ~c8), ("s16 ^ 255", lambda: s16 ^ 255),
    ("~u8", lambda: ~u8), ("c8 & u8", lambda: c8[0] & u8),
    ("mm", lambda: c8 @ c8.t()), ("s16 mm", lambda: s16 @ s16.t()), ("dot", lambda: c8[0].dot(c8[1])), ("mv", lambda: s16.mv(torch.tensor([1, 1, 1], dtype=torch.int16))),
    ("outer", lambda: torch.outer(c8[0], c8[1])), ("mm mixed", lambda: c8 @ s16.t()), ("lerp", lambda: torch.lerp(c8, c8, 0.5)),
]:
    attempt(name, fn)

# comparisons
for name, fn in [
    ("c8 == 1", lambda: c8 == 1), ("c8 < 1.5", lambda: c8 < 1.5), ("c8 > 1000", lambda: c8 > 1000), ("c8 >= -128", lambda: c8 >= -128), ("s16 != s16", lambda: s16 != s16),
    ("c8[0] == u8", lambda: c8[0] == u8), ("c8 == s16", lambda: c8 == s16), ("c8 < f", lambda: c8[1] < f), ("eq", lambda: torch.eq(c8, 127)), ("equal", lambda: torch.equal(c8, c8.clone())),
    ("equal s16", lambda: torch.equal(c8, c8.short())), ("allclose", lambda: torch.allclose(s16, s16)), ("isclose", lambda: torch.isclose(c8, c8 + 1)), ("ne 2**40", lambda: s16 != 2**40),
    ("c8.isnan()", lambda: c8.isnan()), ("c8.isfinite()", lambda: c8.isfinite()), ("logical_and", lambda: torch.logical_and(c8, s16)), ("logical_not", lambda: c8.logical_not()),
    ("c8 == 1000", lambda: c8 == 1000), ("sort", lambda: s16.sort(1)), ("argsort", lambda: c8.argsort(1, descending=True)), ("topk", lambda: s16.flatten().topk(2)),
    ("unique", lambda: torch.tensor([3, 1, 3, -2], dtype=torch.int8).unique()),
]:
    attempt(name, fn)

# reductions
for name, fn in [
    ("c8.sum()", lambda: c8.sum()), ("s16.sum()", lambda: s16.sum()), ("c8.sum(1)", lambda: c8.sum(1)), ("c8.sum(0, keepdim=True)", lambda: c8.sum(0, keepdim=True)),
    ("c8.sum(dtype=int8)", lambda: c8.sum(dtype=torch.int8)), ("s16.sum(dtype=int16)", lambda: s16.sum(dtype=torch.int16)), ("c8.sum(dtype=float)", lambda: c8.sum(dtype=torch.float32)),
    ("torch.sum", lambda: torch.sum(s16, 1)), ("c8.prod()", lambda: c8.prod()), ("c8.prod(1)", lambda: c8.prod(1)), ("c8.prod(dtype=int8)", lambda: c8.prod(dtype=torch.int8)),
    ("c8.cumsum(1)", lambda: c8.cumsum(1)), ("s16.cumsum(0)", lambda: s16.cumsum(0)), ("c8.cumsum(1, dtype=int8)", lambda: c8.cumsum(1, dtype=torch.int8)), ("s16.cumprod(1)", lambda: s16.cumprod(1)),
    ("c8.max()", lambda: c8.max()), ("c8.max(1)", lambda: c8.max(1)), ("s16.min(0)", lambda: s16.min(0)), ("c8.argmax()", lambda: c8.argmax()), ("s16.argmin(1)", lambda: s16.argmin(1)),
    ("c8.amax(0)", lambda: c8.amax(0)), ("s16.amin(1)", lambda: s16.amin(1)), ("c8.all()", lambda: c8.all()), ("s16.any(1)", lambda: s16.any(1)),
    ("c8.count_nonzero()", lambda: c8.count_nonzero()), ("c8.float().mean()", lambda: c8.float().mean()), ("s16.mean(dtype=float64)", lambda: s16.mean(dtype=torch.float64)),
    ("c8.mean()", lambda: c8.mean()), ("s16.var()", lambda: s16.var()), ("c8.std()", lambda: c8.std()), ("c8.norm()", lambda: c8.norm()), ("s16.softmax(0)", lambda: s16.softmax(0)),
    ("c8.log_softmax(0)", lambda: c8.log_softmax(0)), ("c8.frac()", lambda: c8.frac()), ("c8.median()", lambda: c8.median()), ("s16.kthvalue(2, 1)", lambda: s16.kthvalue(2, 1)),
    ("c8.logsumexp(1)", lambda: c8.logsumexp(1)), ("bincount", lambda: torch.tensor([1, 3, 1], dtype=torch.int8).bincount()), ("histc", lambda: s16.histc(4)),
    ("trace", lambda: c8[:, :2].trace()), ("nonzero", lambda: (c8 > 0).nonzero()),
]:
    attempt(name, fn)

# shape ops and indexing
for name, fn in [
    ("cat", lambda: torch.cat([c8[0], c8[1]])), ("cat mixed", lambda: torch.cat([c8[0], s16[0]])), ("cat u8", lambda: torch.cat([c8[0], u8])), ("stack", lambda: torch.stack([s16[0], s16[1]])),
    ("flip", lambda: c8.flip(0)), ("t", lambda: s16.t()), ("reshape", lambda: c8.reshape(3, 2)), ("view", lambda: s16.view(-1)), ("expand", lambda: c8[0:1].expand(3, 3)),
    ("repeat", lambda: c8.repeat(1, 2)), ("split", lambda: s16.split(1)), ("chunk", lambda: c8.chunk(3, 1)), ("narrow", lambda: s16.narrow(1, 1, 2)), ("roll", lambda: c8.roll(1)),
    ("gather", lambda: c8.gather(1, torch.tensor([[0], [1]]))), ("c8[c8 > 0]", lambda: c8[c8 > 0]), ("s16[[1, 0]]", lambda: s16[torch.tensor([1, 0])]), ("c8[:, 1:]", lambda: c8[:, 1:]),
    ("masked_fill", lambda: c8.masked_fill(c8 > 0, 7)), ("masked_fill 7.5", lambda: c8.masked_fill(c8 > 0, 7.5)), ("masked_fill 300", lambda: c8.masked_fill(c8 > 0, 300)),
    ("index_select", lambda: s16.index_select(1, torch.tensor([2, 0]))), ("scatter", lambda: torch.zeros(2, 3, dtype=torch.int8).scatter(1, torch.tensor([[2], [0]]), 5)),
    ("scatter_add", lambda: torch.zeros(3, dtype=torch.int16).scatter_add(0, torch.tensor([0, 0, 2]), torch.tensor([100, 200, 300], dtype=torch.int16))),
    ("take", lambda: c8.take(torch.tensor([0, 5]))), ("tril", lambda: s16.tril()), ("sorted idx", lambda: torch.searchsorted(torch.tensor([1, 3, 5], dtype=torch.int16), torch.tensor([2, 6], dtype=torch.int16))),
    ("x[int16 0-dim]", lambda: torch.arange(6.).reshape(2, 3)[torch.tensor(1, dtype=torch.int16)]), ("x[:, int8 0-dim]", lambda: torch.arange(6.).reshape(2, 3)[:, torch.tensor(2, dtype=torch.int8)]),
    ("x[int8 vector]", lambda: torch.arange(6.)[torch.tensor([1, 2], dtype=torch.int8)]), ("index_select int16", lambda: torch.arange(6.).index_select(0, torch.tensor([1], dtype=torch.int16))),
    ("gather int16", lambda: torch.arange(6.).gather(0, torch.tensor([1], dtype=torch.int16))), ("embedding int16", lambda: torch.nn.functional.embedding(torch.tensor([1], dtype=torch.int16), torch.eye(3))),
    ("one_hot int8", lambda: torch.nn.functional.one_hot(torch.tensor([1], dtype=torch.int8))), ("x[int16 list]", lambda: torch.arange(6.)[[torch.tensor(1, dtype=torch.int16)]]),
]:
    attempt(name, fn)

# ranges, pooling, losses, repetition and more ops, for each type
for dt in [torch.int8, torch.int16]:
    for start, end, steps in [(0, 10, 20), (-3.5, 10, 17), (0, 100, 33), (7, -3, 40), (2.9, -2.9, 9), (0, 300, 4)]:
        attempt("linspace", lambda: torch.linspace(start, end, steps, dtype=dt).tolist())
    for args in [(0.5, 5, 1), (0.5, 5.5, 1.5), (5, -5, -3), (5, -5.5, -2.5), (2.5,), (-3.7, 2), (0, 300, 50), (120, 140)]:
        attempt("arange", lambda: torch.arange(*args, dtype=dt))
    x = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8]], dtype=dt).reshape(1, 1, 2, 4)
    attempt("avg_pool2d", lambda: torch.nn.functional.avg_pool2d(x, 2))
    attempt("max_pool2d", lambda: torch.nn.functional.max_pool2d(x, 2))
    attempt("one_hot", lambda: torch.nn.functional.one_hot(torch.tensor([1, 2], dtype=dt)))
    attempt("cross_entropy", lambda: torch.nn.functional.cross_entropy(torch.randn(2, 3), torch.tensor([1, 2], dtype=dt)))
    attempt("sum keepdim dtype", lambda: torch.tensor([100, 100, 100], dtype=dt).sum(0, dtype=dt))
    attempt("cumprod", lambda: torch.tensor([100, 100, 100], dtype=dt).cumprod(0))
    attempt("mean int", lambda: torch.tensor([100, 100, 100], dtype=dt).mean(dtype=torch.float32))
    attempt("prod", lambda: torch.tensor([100, 100, 100], dtype=dt).prod())
    attempt("std", lambda: torch.tensor([1, 2], dtype=dt).float().std())
    attempt("histc", lambda: torch.tensor([1, 2], dtype=dt).histc(2))
    attempt("bincount w", lambda: torch.tensor([1, 2], dtype=dt).bincount(torch.tensor([0.5, 1])))
    attempt("repeat_interleave", lambda: torch.tensor([1, 2], dtype=dt).repeat_interleave(2))
    attempt("repeat_interleave t", lambda: torch.tensor([1, 2]).repeat_interleave(torch.tensor([1, 2], dtype=dt)))
    attempt("tensor_split", lambda: torch.arange(6).tensor_split(torch.tensor([1, 3], dtype=dt)))
    attempt("index_put", lambda: torch.zeros(3).index_put_((torch.tensor([1], dtype=dt),), torch.tensor(1.)))
    attempt("setitem t", lambda: torch.zeros(3, dtype=dt).__setitem__(torch.tensor([1]), torch.tensor(7.9)))
    attempt("clamp float", lambda: torch.tensor([1, 200], dtype=dt).clamp(max=2.5))
    attempt("pow neg", lambda: torch.tensor([2, 3], dtype=dt) ** -1)
    attempt("pow big", lambda: torch.tensor([2, 3], dtype=dt) ** 20)
    attempt("rpow", lambda: 3 ** torch.tensor([2, 9], dtype=dt))
    attempt("float_power", lambda: torch.float_power(torch.tensor([2, 3], dtype=dt), 2))
    attempt("lt scalar overflow", lambda: torch.tensor([2, 3], dtype=dt) < 1000)
    attempt("add alpha", lambda: torch.add(torch.tensor([2, 3], dtype=dt), torch.tensor([2, 3], dtype=dt), alpha=100))
    attempt("sub alpha float", lambda: torch.sub(torch.tensor([2, 3], dtype=dt), 1, alpha=0.5))
    attempt("mul_ float", lambda: torch.tensor([2, 3], dtype=dt).mul_(torch.tensor(2.5)))
    attempt("addcmul", lambda: torch.addcmul(torch.tensor([2, 3], dtype=dt), torch.tensor([2, 3], dtype=dt), torch.tensor([2, 3], dtype=dt), value=3))
    attempt("square big", lambda: torch.tensor([200, 300], dtype=dt).square())
    attempt("abs min", lambda: torch.tensor([-128], dtype=dt).abs())
    attempt("neg min", lambda: -torch.tensor([-32768], dtype=dt))
    attempt("div floor min", lambda: torch.tensor([-128], dtype=dt) // -1)
    attempt("topk", lambda: torch.tensor([5, 1, 200], dtype=dt).topk(2))
    attempt("kthvalue", lambda: torch.tensor([5, 1, 200], dtype=dt).kthvalue(2))
    attempt("mode", lambda: torch.tensor([5, 1, 5], dtype=dt).mode())
    attempt("unique counts", lambda: torch.tensor([5, 1, 5], dtype=dt).unique(return_counts=True))
    attempt("flatten ls", lambda: torch.tensor([5, 1, 5], dtype=dt).tolist())
    attempt("item", lambda: torch.tensor([200], dtype=dt).item())
    attempt("hash dtype", lambda: {dt: 1}[dt])
    attempt("type str", lambda: torch.tensor([1], dtype=dt).type())
    attempt("new_tensor", lambda: torch.tensor([1], dtype=dt).new_tensor([3, 4]))
    attempt("new_full", lambda: torch.tensor([1], dtype=dt).new_full((2,), 7))
    attempt("full_like float", lambda: torch.full_like(torch.tensor([1], dtype=dt), 2.7))
    attempt("empty_like", lambda: torch.empty_like(torch.tensor([1], dtype=dt)).dtype)
    attempt("copy_ from int64", lambda: torch.zeros(2, dtype=dt).copy_(torch.tensor([1000, -1000])))
    attempt("eq uint8 int8", lambda: torch.tensor([255], dtype=torch.uint8) == torch.tensor([-1], dtype=dt))
    attempt("max binary", lambda: torch.max(torch.tensor([255], dtype=torch.uint8), torch.tensor([-1], dtype=dt)))
    attempt("sign", lambda: torch.tensor([0, 5], dtype=dt).sgn())

# reductions, products and statistics of the three small integer types
for dt in [torch.int8, torch.int16, torch.uint8]:
    x = torch.tensor([[1, -2, 100], [7, 0, 120]], dtype=dt)
    attempt("aminmax", lambda: x.aminmax())
    attempt("aminmax dim", lambda: x.aminmax(dim=1))
    attempt("nansum", lambda: x.nansum())
    attempt("nansum dim", lambda: x.nansum(1))
    attempt("nanmean", lambda: x.nanmean())
    attempt("var_mean", lambda: torch.var_mean(x))
    attempt("vector_norm", lambda: torch.linalg.vector_norm(x))
    attempt("cosine", lambda: torch.nn.functional.cosine_similarity(x, x))
    attempt("count_nonzero", lambda: x.count_nonzero(1))
    attempt("amax", lambda: x.amax(1))
    attempt("msort", lambda: x.msort())
    attempt("flip", lambda: x.fliplr())
    attempt("cummax", lambda: x.cummax(1))
    attempt("logcumsumexp", lambda: x.logcumsumexp(1))
    attempt("xlogy", lambda: torch.xlogy(x, 2))
    attempt("cross", lambda: torch.cross(x, x, dim=1))
    attempt("kron", lambda: torch.kron(x, x))
    attempt("bmm", lambda: torch.bmm(x[None], x.t()[None]))
    attempt("matmul", lambda: x @ x.t())
    attempt("addmm", lambda: torch.addmm(torch.ones(2, 2, dtype=dt), x, x.t()))
    attempt("tensordot", lambda: torch.tensordot(x, x, dims=([1], [1])))
    attempt("pad", lambda: torch.nn.functional.pad(x, (1, 1), value=3))
    attempt("softmax dtype", lambda: x.softmax(1, dtype=torch.float32))
    attempt("mean dim dtype", lambda: x.mean(1, dtype=torch.float64))
    attempt("median dim", lambda: x.median(1))
    attempt("std_mean", lambda: torch.std_mean(x.float()))
    attempt("bucketize", lambda: torch.bucketize(x, torch.tensor([0, 50], dtype=dt)))
    attempt("histc", lambda: torch.histc(x.float(), 3))
    attempt("floor_divide_", lambda: x.clone().floor_divide_(3))
    attempt("remainder_", lambda: x.clone().remainder_(-3))
    attempt("rot90", lambda: x.rot90())

# in place: the tensor's dtype stays, results wrap, float results cannot be cast back
j = c8.clone()
j += 1
print(j)
j *= 3
print(j)
j -= torch.tensor(2)
j[0] = 9
j[1, 1] = 2.7
print(j, j.dtype)
k = s16.clone()
k.add_(s16, alpha=2)
k.mul_(2)
k.neg_()
k.abs_()
k.bitwise_and_(4095)
k.clamp_(-10, 3000)
k //= 3
print(k)
k.fill_(-3)
k[0, :2] = torch.tensor([1.9, -1.9])
k.copy_(torch.tensor([1.7, -2.7, 40000.0]))
print(k, torch.zeros(2).add_(torch.tensor([1, 2], dtype=torch.int8)), torch.zeros(2, dtype=torch.int16).__iadd__(torch.tensor([1, 2])))
attempt("c8 += 1.5", lambda: c8.clone().__iadd__(1.5))
attempt("s16 /= 2", lambda: s16.clone().__itruediv__(2))
attempt("c8 *= f", lambda: c8[0].clone().__imul__(f))
attempt("c8.clamp_(0.5, 3)", lambda: c8.clone().clamp_(0.5, 3))
attempt("c8 += s16", lambda: c8.clone().__iadd__(s16))
attempt("s16 += c8", lambda: s16.clone().__iadd__(c8))
attempt("s16 += l", lambda: s16[0].clone().__iadd__(l))
attempt("c8 += 1000", lambda: c8.clone().__iadd__(1000))
attempt("c8.sigmoid_()", lambda: c8.clone().sigmoid_())
attempt("c8 - bl", lambda: c8[0] - bl)
attempt("c8 @ l", lambda: c8[0] @ l)
attempt("c8 @ f", lambda: c8 @ f)
attempt("conv1d", lambda: torch.nn.functional.conv1d(torch.ones(1, 1, 3, dtype=torch.int16), torch.ones(1, 1, 2), torch.ones(1)))
attempt("linear", lambda: torch.nn.Linear(3, 2)(c8))
attempt("linear to int16", lambda: torch.nn.Linear(3, 2).to(torch.int16))

# printing: widths, summarised and wrapped rows
print(torch.arange(-128, 128, dtype=torch.int16).reshape(16, 16)[:3])
print(torch.arange(2000, dtype=torch.int16), torch.zeros(3000, dtype=torch.int8))
print(torch.tensor([[-32768, 5], [7, 32767]], dtype=torch.int16), torch.tensor([-128], dtype=torch.int8), torch.tensor([[[1]]], dtype=torch.int8))
print(torch.arange(30, dtype=torch.int16) * 1000)
print(str(c8), repr(s16[0]), [c8[0, 0], s16[0, 0]], (torch.tensor(3, dtype=torch.int8),))

# autograd: integer inputs of float ops
x = torch.arange(6.).reshape(2, 3).requires_grad_()
y = x[:, torch.tensor(2, dtype=torch.int16)] * c8[:, 0]
y.sum().backward()
print(y, x.grad)
z = x * c8 + s16
z.sum().backward()
print(z, x.grad)

# torch.save / torch.load keep the dtypes
torch.save({"c": c8, "s": s16, "view": s16[1, 1:]}, "ints.pt")
loaded = torch.load("ints.pt")
print(loaded, loaded["c"].dtype, loaded["s"].dtype, loaded["view"].storage_offset())
torch.save([c8.t(), s16.char()], "more.pt")
print(torch.load("more.pt"))

# Comparisons, logical and bitwise operators, where, maximum/minimum, closeness tests and the unary math that
# goes with masks (abs, sign, rounding), on tensors and Python numbers.
import torch


def attempt(label, compute):
    try:
        print(label, compute())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


x = torch.tensor([1.0, 2.0, 3.0, float('nan')])
i = torch.tensor([1, 2, 3, 4])
b = torch.tensor([True, False, True, False])
print(x == 2, 2 == x, x != 2.5, x < 2, 2 < x, x <= i, x > i, x >= 3, i == 2.0, i < 2.5, b == True)
print(x == None, x != None, x == 'a', x == [1, 2], x in [x], (x == x).all(), (x != x).any())
print(x.eq(2), torch.eq(x, i), x.ne(i), torch.lt(x, 3), x.le(2), x.gt(1), torch.ge(i, 3))
print(torch.greater(x, 1), x.greater_equal(2), torch.less(i, 3), i.less_equal(2), torch.not_equal(i, 2))
print(b & True, True & b, b | torch.tensor([False, False, True, True]), b ^ True, ~b, ~i, i & 6, 3 | i, i ^ i, False | b)
print(torch.logical_and(x, b), x.logical_or(i), torch.logical_xor(b, i), torch.logical_not(x), i.logical_not())
print(torch.bitwise_and(i, 5), i.bitwise_or(8), torch.bitwise_xor(b, b), torch.bitwise_not(i), b.bitwise_not())

# Masks pick values: where, and masks in arithmetic.
w = torch.tensor([-1.5, 0.5, 2.0, -0.25], requires_grad=True)
mask = w > 0
chosen = torch.where(mask, w, torch.zeros(4))
print(mask, chosen, torch.where(mask, w, 0.0), torch.where(mask, 1.0, 0.0), torch.where(mask, 1, 0), w.where(mask, -w))
(chosen * 2).sum().backward()
print(w.grad)
w.grad = None
m = torch.maximum(w, torch.zeros(1))
print(m, torch.minimum(w, torch.tensor(0.5)), m.grad_fn, torch.maximum(i, torch.tensor([2, 2, 2, 2])))
m.sum().backward()
print(w.grad)

# Whole-tensor tests.
print(torch.equal(x, x), torch.equal(i, i.clone()), torch.equal(i, i[:2]), torch.allclose(w, w + 1e-7), torch.allclose(w, w + 1e-3))
print(torch.isclose(w, w + 1e-6), torch.isclose(x, x, equal_nan=True), torch.allclose(x, x, equal_nan=True), torch.isclose(w, w + 0.01, rtol=0.0, atol=0.02))
print(x.isnan(), torch.isinf(torch.tensor([1.0, float('inf'), -float('inf')])), torch.isfinite(x), torch.isnan(i))

# Unary math.
v = torch.tensor([-2.5, -0.5, 0.5, 1.5, 2.5, 3.7])
print(abs(v), v.abs(), torch.sign(v), v.floor(), torch.ceil(v), v.trunc(), v.round(), torch.round(v, decimals=1), v.frac())
print(torch.tensor([0.1, 1.0]).log1p(), torch.expm1(torch.tensor([1e-5, 1.0])), torch.log2(torch.tensor([8.0])), torch.log10(torch.tensor([1000.0])))
print(torch.rsqrt(torch.tensor([4.0, 0.25])), v.sin(), v.cos(), torch.tan(torch.tensor([0.5])), v.square(), i.square(), torch.abs(i))
g = torch.tensor([-2.0, 3.0], requires_grad=True)
(g.abs() + g.sign() + g.square()).sum().backward()
print(g.grad, abs(g).grad_fn, g.round().grad_fn)

attempt('logical with a number', lambda: torch.logical_xor(b, True))
attempt('float &', lambda: x & b)
attempt('float ~', lambda: ~x)
attempt('bitwise_not float', lambda: x.bitwise_not())
attempt('order with None', lambda: x < None)
attempt('round()', lambda: round(v))
attempt('divmod', lambda: divmod(v, 2))
attempt('where condition dtype', lambda: torch.where(i, x, x))
attempt('where method number', lambda: x.where(b, 5.0))
attempt('isclose dtypes', lambda: torch.isclose(x, i))
attempt('bool of many', lambda: bool(x > 0))

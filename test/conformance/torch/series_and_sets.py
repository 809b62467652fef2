# diff, trapezoid/trapz, cumulative_trapezoid, logspace, isin, heaviside, cartesian_prod, combinations and
# block_diag: values (exact, through tolist), gradients and grad_fn names, and PyTorch's errors.
import torch

torch.manual_seed(0)


def show(label, result, *inputs):
    grad_fn = result.grad_fn.name() if result.grad_fn is not None else None
    print(label, result.dtype, list(result.shape), result.tolist(), grad_fn)
    tracked = [t for t in inputs if t.requires_grad]
    if tracked and result.requires_grad:
        upstream = torch.randn(result.shape, dtype=result.dtype)
        for grad in torch.autograd.grad(result, tracked, upstream, allow_unused=True):
            print('  grad', None if grad is None else grad.tolist())


x = torch.randn(7, requires_grad=True)
y = torch.randn(3, 5, requires_grad=True)
z = torch.randn(4, 3, 2).double().requires_grad_()
show('diff', torch.diff(x), x)
show('diff_n2', torch.diff(x, n=2), x)
show('diff_n3_dim0', y.diff(n=2, dim=0), y)
show('diff_n_large', torch.diff(x, n=9), x)
show('diff_n0', torch.diff(x, n=0), x)
p = torch.randn(3, 2, requires_grad=True)
show('diff_prepend', torch.diff(y, dim=1, prepend=p), y, p)
show('diff_append', torch.diff(y, dim=0, append=y[:1] * 2, n=2), y)
show('diff_both', torch.diff(x, prepend=x[:2], append=x[-1:] * 3), x)
show('diff_float64', torch.diff(z, dim=1), z)
show('diff_int', torch.diff(torch.tensor([[1, 5, 2], [7, -3, 0]]), dim=-1))
show('diff_bool', torch.diff(torch.tensor([True, False, False, True]), n=2))
show('diff_int_float_prepend', torch.diff(torch.tensor([1, 2]), append=torch.tensor([1.5])))
show('diff_uint8', torch.diff(torch.tensor([[1, 5], [2, 3]], dtype=torch.uint8), dim=0))
show('diff_strided', torch.diff(y.t(), dim=1), y)

show('trapezoid', torch.trapezoid(y), y)
show('trapezoid_dx', torch.trapezoid(y, dx=0.1, dim=0), y)
show('trapz_dx', torch.trapz(x, dx=2.5), x)
xs = torch.tensor([0.0, 0.3, 1.1, 1.2, 2.0])
show('trapezoid_x', torch.trapezoid(y, xs), y)
show('trapz_x_dim0', torch.trapz(y, torch.tensor([0.5, 1.0, 3.0]), dim=0), y)
x2 = torch.randn(3, 5).cumsum(1).requires_grad_()
show('trapezoid_x_2d', torch.trapezoid(y, x2), y, x2)
show('trapezoid_x_broadcast', torch.trapezoid(z, torch.randn(3, 2).double(), dim=1), z)
show('trapezoid_float64', torch.trapezoid(z, dim=0), z)
show('trapezoid_int', torch.trapezoid(torch.tensor([[1, 4, 9], [2, 3, 5]])))
show('trapezoid_int_dx', torch.trapezoid(torch.tensor([1, 4, 9]), dx=2))
show('trapezoid_empty', torch.trapezoid(torch.zeros(2, 0)))
show('cumulative_trapezoid', torch.cumulative_trapezoid(x), x)
show('cumulative_trapezoid_dx', torch.cumulative_trapezoid(y, dx=0.3, dim=0), y)
show('cumulative_trapezoid_x', torch.cumulative_trapezoid(y, xs), y)
show('cumulative_trapezoid_int', torch.cumulative_trapezoid(torch.tensor([1, 4, 9, 16])))

for args, kwargs in [((0, 2, 5), {}), ((0, 2, 5), {'base': 2}), ((-1, 1, 4), {}), ((-3.5, 2.25, 17), {}), ((1, 0, 6), {'base': 3.5}),
                     ((0, 3, 4), {'dtype': torch.int64}), ((0, 2, 7), {'base': 2, 'dtype': torch.int32}), ((2, 2, 1), {}), ((0, 1, 0), {}),
                     ((-2, 3, 40), {}), ((0.1, 7.3, 33), {'base': 1.7})]:
    print('logspace', args, kwargs, torch.logspace(*args, **kwargs).tolist())
print('logspace float64', torch.logspace(-1, 1, 4, dtype=torch.float64))

show('isin', torch.isin(torch.tensor([1, 2, 3, 4]), torch.tensor([2, 5, 4])))
show('isin_invert', torch.isin(torch.tensor([[1.0, 2.0], [3.0, -0.0]]), torch.tensor([2, 0]), invert=True))
show('isin_scalar_test', torch.isin(torch.tensor([1.5, 2.0]), 2))
show('isin_scalar_element', torch.isin(2.5, torch.tensor([2.5, 1.0])))
show('isin_int_float', torch.isin(torch.tensor([1, 2, 3]), torch.tensor([2.0, 2.5])))
show('isin_nan', torch.isin(torch.tensor([float('nan'), 0.0, 1.0]), torch.tensor([float('nan'), -0.0])))
show('isin_large', torch.isin(torch.arange(30).reshape(5, 6), torch.arange(0, 90, 7), assume_unique=True))
show('isin_uint8', torch.isin(torch.tensor([1, 2], dtype=torch.uint8), torch.tensor([2])))

show('heaviside', torch.heaviside(torch.tensor([-1.0, 0.0, float('nan'), -0.0, 2.0]), torch.tensor([0.5])))
show('heaviside_tensor_values', torch.tensor([-1.0, 0.0]).heaviside(torch.tensor([0.25, 2.0])))
show('heaviside_int', torch.heaviside(torch.tensor([-1, 0, 2]), torch.tensor([7])))
show('heaviside_bool', torch.heaviside(torch.tensor([True, False]), torch.tensor([True])))
h = torch.heaviside(x, torch.tensor(0.5))
print('heaviside_grad', h.requires_grad, h.grad_fn.name())

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0, 5.0], requires_grad=True)
show('cartesian_prod', torch.cartesian_prod(a, b), a, b)
show('cartesian_prod_three', torch.cartesian_prod(a, b, a * 2), a, b)
print('cartesian_prod_one', torch.cartesian_prod(a) is a)
show('cartesian_prod_int', torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3])))
c = torch.randn(5, requires_grad=True)
show('combinations', torch.combinations(c), c)
show('combinations_r3', torch.combinations(c, r=3), c)
show('combinations_replacement', torch.combinations(c, 2, with_replacement=True), c)
show('combinations_r1', torch.combinations(c, r=1), c)
show('combinations_r0', torch.combinations(c, r=0))
show('combinations_too_many', torch.combinations(torch.tensor([1, 2, 3]), r=4))
show('combinations_int', torch.combinations(torch.tensor([4, 5, 6]), with_replacement=True))

m = torch.randn(2, 3, requires_grad=True)
v = torch.randn(4, requires_grad=True)
s = torch.tensor(2.5, requires_grad=True)
show('block_diag', torch.block_diag(m, v, s), m, v, s)
show('block_diag_mixed', torch.block_diag(torch.tensor([[1, 2]]), m.double(), torch.tensor(7)), m)
show('block_diag_empty_vector', torch.block_diag(torch.ones(1, 1), torch.tensor([]), torch.ones(2, 1)))
show('block_diag_none', torch.block_diag())
show('block_diag_int', torch.block_diag(torch.tensor([[1, 2], [3, 4]]), torch.tensor([5])))

calls = [
    lambda: torch.diff(torch.tensor(1.0)),
    lambda: torch.diff(x, prepend=torch.ones(2, 2)),
    lambda: torch.diff(torch.ones(2, 3), dim=1, prepend=torch.ones(3, 1)),
    lambda: torch.diff(x, dim=1),
    lambda: torch.trapezoid(torch.tensor([True, False])),
    lambda: torch.trapezoid(y, torch.ones(4)),
    lambda: torch.trapz(y, torch.tensor([True, False, True, True, False])),
    lambda: torch.cumulative_trapezoid(torch.tensor([True, False])),
    lambda: torch.cumulative_trapezoid(y, torch.ones(2)),
    lambda: torch.logspace(0, 1, -2),
    lambda: torch.isin(torch.tensor([True, False]), torch.tensor([True])),
    lambda: torch.isin(torch.tensor([1, 2]), True),
    lambda: torch.heaviside(torch.tensor([1.0, 0.0]), torch.tensor([1])),
    lambda: torch.heaviside(torch.tensor([1.0, 0.0]), 0.5),
    lambda: h.sum().backward(),
    lambda: torch.cartesian_prod(torch.ones(2, 2)),
    lambda: torch.cartesian_prod(torch.ones(2), torch.ones(2, dtype=torch.float64)),
    lambda: torch.combinations(torch.ones(2, 2)),
    lambda: torch.combinations(torch.ones(3), r=-1),
    lambda: torch.block_diag(torch.ones(1, 1, 1)),
    lambda: torch.block_diag(torch.ones(2), torch.ones(2, 2, 2)),
]
for call in calls:
    try:
        call()
    except Exception as error:
        print(type(error).__name__, error)

# torch.quantile and torch.nanquantile (and the Tensor methods): every interpolation mode, scalar and 1-d q,
# dims and keepdim, NaNs, float64, gradients and grad_fn names, and PyTorch's errors; then torch.cov and
# torch.corrcoef: corrections, integer inputs, gradients, the degrees-of-freedom warning and errors.
import torch

torch.manual_seed(0)


def show(label, result, *inputs):
    print(label, result.dtype, list(result.shape), result.tolist(), result.grad_fn.name() if result.grad_fn is not None else None)
    tracked = [t for t in inputs if t.requires_grad]
    if tracked and result.requires_grad:
        upstream = torch.randn(result.shape, dtype=result.dtype)
        for grad in torch.autograd.grad(result, tracked, upstream):
            print('  grad', grad.tolist())


x = torch.randn(4, 7, requires_grad=True)
v = torch.randn(11, requires_grad=True)
qs = torch.tensor([0.0, 0.1, 0.25, 0.5, 0.77, 1.0])
for mode in ('linear', 'lower', 'higher', 'midpoint', 'nearest'):
    show(f'scalar_q_{mode}', torch.quantile(x, 0.3, interpolation=mode), x)
    show(f'vector_q_{mode}', torch.quantile(v, qs, interpolation=mode), v)
    show(f'dim1_{mode}', x.quantile(qs[1:4], dim=1, interpolation=mode), x)
    show(f'dim0_keepdim_{mode}', torch.quantile(x, 0.65, dim=0, keepdim=True, interpolation=mode), x)
    show(f'nan_{mode}', torch.nanquantile(torch.tensor([1.0, float('nan'), 3.0, 2.0, float('nan'), 7.5]), qs, interpolation=mode))
show('keepdim_no_dim', torch.quantile(x, qs[:2], keepdim=True), x)
show('three_d', torch.quantile(torch.randn(2, 3, 4), torch.tensor([0.2, 0.9]), dim=1))
show('float64', torch.quantile(x.double(), torch.tensor([0.1, 0.33, 0.9], dtype=torch.float64), dim=-1), x)
show('quantile_with_nan', torch.quantile(torch.tensor([[1.0, float('nan'), 2.0], [3.0, 4.0, 5.0]]), 0.5, dim=1))
show('nanquantile_rows', torch.nanquantile(torch.tensor([[1.0, float('nan'), 2.0], [float('nan')] * 3]), torch.tensor([0.25, 0.5]), dim=1))
show('nanquantile_grad', torch.nanquantile(torch.where(x > 1, torch.tensor(float('nan')), x), 0.4, dim=1), x)
show('nanquantile_method', x.nanquantile(0.5), x)
show('zero_dim', torch.quantile(torch.tensor(3.0), 0.5, dim=0))
show('ties', torch.quantile(torch.tensor([1.0, 1.0, 2.0, 2.0, 2.0]), torch.tensor([0.3, 0.5, 0.6])))
show('q_tensor_scalar', torch.quantile(v, torch.tensor(0.42)), v)

calls = [
    lambda: torch.quantile(torch.tensor([]), 0.5),
    lambda: torch.quantile(x, torch.ones(2, 2) * 0.5),
    lambda: torch.quantile(x.int(), 0.5),
    lambda: torch.quantile(x, torch.tensor([0.5], dtype=torch.float64)),
    lambda: torch.quantile(x, 1.5),
    lambda: torch.nanquantile(x, -0.5),
    lambda: torch.quantile(x, torch.tensor([0.5, 1.5])),
    lambda: torch.quantile(x, 0.5, interpolation='foo'),
    lambda: torch.nanquantile(x.int(), 0.5),
    lambda: torch.quantile(x, 0.5, dim=2),
]
for call in calls:
    try:
        call()
    except Exception as error:
        print(type(error).__name__, error)

torch.manual_seed(0)


x = torch.randn(3, 8, requires_grad=True)
v = torch.randn(9, requires_grad=True)
show('cov', torch.cov(x), x)
show('cov_method', x.cov(correction=0), x)
show('cov_correction2', torch.cov(x, correction=2), x)
show('cov_vector', torch.cov(v), v)
show('cov_float64', torch.cov(x.double()), x)
show('cov_int', torch.cov(torch.tensor([[1, 2, 4], [3, 9, 0]])))
show('cov_transposed', torch.cov(x.t()[:4]), x)
show('corrcoef', torch.corrcoef(x), x)
show('corrcoef_method', x.corrcoef(), x)
show('corrcoef_vector', torch.corrcoef(v), v)
show('corrcoef_float64', torch.corrcoef(x.double() * 3), x)
show('corrcoef_int', torch.corrcoef(torch.tensor([[1, 2, 4], [3, 9, 0]])))
show('cov_one_observation', torch.cov(torch.randn(3, 1)))
show('cov_zero_dim', torch.cov(torch.tensor(2.0)))

calls = [
    lambda: torch.cov(torch.ones(2, 2, 2)),
    lambda: torch.cov(torch.tensor([True, False])),
    lambda: torch.corrcoef(torch.ones(2, 2, 2)),
]
for call in calls:
    try:
        call()
    except Exception as error:
        print(type(error).__name__, error)

# torch.cov and torch.corrcoef (and the Tensor methods): values, corrections, integer inputs, gradients,
# grad_fn names, the degrees-of-freedom warning and PyTorch's errors.
import torch

torch.manual_seed(0)


def show(label, result, *inputs):
    print(label, result.dtype, list(result.shape), result.tolist(), result.grad_fn.name() if result.grad_fn is not None else None)
    tracked = [t for t in inputs if t.requires_grad]
    if tracked and result.requires_grad:
        upstream = torch.randn(result.shape, dtype=result.dtype)
        for grad in torch.autograd.grad(result, tracked, upstream):
            print('  grad', grad.tolist())


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

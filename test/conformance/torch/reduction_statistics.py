# var_mean / std_mean (plain tuples), aminmax (torch.return_types.aminmax), nansum / nanmean: values, reprs,
# grad_fn names, gradients and PyTorch's errors through the Python bindings.
import torch

torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)

pair = torch.var_mean(x, 1)
print(type(pair).__name__, pair)
print(torch.var_mean(x, False))
print(torch.var_mean(x, dim=(0, 1), correction=0, keepdim=True))
print(torch.std_mean(x))
spread, mean = torch.std_mean(x, 0, unbiased=False)
(spread.sum() + 2 * mean.sum()).backward()
print(x.grad)

r = torch.aminmax(x)
print(r)
print(r.min, r.max, r[0] is r.min, len(r))
print(x.detach().aminmax(dim=1, keepdim=True))
print(torch.aminmax(torch.tensor([[3, -1, 7], [2, 2, 0]]), dim=0))
print(torch.aminmax(torch.tensor([True, False])))
lo, hi = torch.aminmax(torch.tensor([1.0, float("nan"), -2.0]))
print(lo, hi)

y = torch.tensor([[1.0, float("nan"), 3.0], [float("nan"), float("nan"), 0.5]], requires_grad=True)
print(y.nansum(), torch.nansum(y, 1), y.nansum(0, keepdim=True), y.nansum(dtype=torch.float64))
print(y.nanmean(), torch.nanmean(y, dim=1), y.nanmean(1).grad_fn.next_functions[0][0].name())
y.nanmean(0).sum().backward()
print(y.grad)
print(torch.nansum(torch.arange(5)), torch.nansum(torch.tensor([True, True, False])))
print(torch.var_mean(torch.zeros(0)))

for call in [
    lambda: torch.var_mean(torch.arange(3)),
    lambda: torch.std_mean(x, 2),
    lambda: torch.aminmax(torch.zeros(0)),
    lambda: torch.aminmax(torch.zeros(2, 0), dim=1),
    lambda: torch.aminmax(x, 1),
    lambda: torch.aminmax(x).min.sum().backward(),
    lambda: x.nansum(dtype=torch.int64),
    lambda: torch.nanmean(torch.arange(3)),
]:
    try:
        call()
    except Exception as error:
        print(type(error).__name__, error)

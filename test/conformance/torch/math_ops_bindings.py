# The elementwise math ops as torch functions, Tensor methods, in-place methods (with their aliases) and with
# out=: values, grad_fns and PyTorch's errors for bad calls.
import torch

torch.manual_seed(0)
x = torch.rand(5, requires_grad=True)
y = torch.randn(5)

for name in ["asin", "arcsin", "acos", "arccos", "atan", "arctan", "sinh", "cosh", "asinh", "arcsinh", "atanh", "arctanh",
             "erf", "erfc", "exp2", "logit", "fix"]:
    fn = getattr(torch, name)
    r = fn(x)
    print(name, r, torch.autograd.grad(r.sum(), x)[0])
    print(name, "method", getattr(x.detach(), name)())
    z = x.detach().clone()
    getattr(z, name + "_")()
    print(name, "in place", z)
    out = torch.empty(5)
    fn(x.detach(), out=out)
    print(name, "out", out)

r = torch.acosh(x + 1)
print(r, torch.autograd.grad(r.sum(), x))
for name in ["atan2", "arctan2", "hypot", "logaddexp", "xlogy", "fmax", "fmin", "copysign"]:
    r = getattr(torch, name)(x, y)
    print(name, r, r.grad_fn.name(), torch.autograd.grad(r.sum(), x)[0])
    print(name, "method", getattr(x.detach(), name)(y))
    out = torch.empty(5)
    getattr(torch, name)(x.detach(), y, out=out)
    print(name, "out", out)
for name in ["atan2_", "arctan2_", "hypot_", "xlogy_", "copysign_"]:
    z = x.detach().clone()
    getattr(z, name)(y)
    print(name, z)

print(torch.xlogy(2.0, x), torch.xlogy(x, 3), torch.copysign(x, -1.0))
print(torch.lerp(x, y, 0.3), x.lerp(y, x), torch.lerp(x, y, weight=0.8).grad_fn.name())
print(torch.addcmul(x, x, y, value=0.5), x.addcmul(y, y), torch.addcdiv(x, y, x + 1, value=2), x.addcdiv(y, x + 1))
z = x.detach().clone()
z.lerp_(y, 0.25)
z.addcmul_(y, y, value=-1)
z.addcdiv_(y, z.abs() + 1)
print(z)
print(torch.nan_to_num(torch.log(y)), torch.log(y).nan_to_num(nan=1.0, posinf=2.0, neginf=-2.0), torch.log(y).nan_to_num_(0.5))
print(torch.logit(x, eps=0.1), x.logit(0.2), torch.logit(x, 1e-3).grad_fn.name())
print(torch.float_power(x, 2.5), torch.float_power(2, x), x.float_power(torch.tensor(3)), torch.float_power(torch.arange(4), 2))
z = x.detach().double()
z.float_power_(1.5)
print(z)
a = torch.ones(3)
a.multiply_(2)
a.true_divide_(3)
a.subtract_(1, alpha=2)
a.divide_(2, rounding_mode="floor")
print(a, torch.multiply(x, 2), torch.tensor([-2.0, 0.0, 3.0]).sgn_())

w = torch.randn(3, 4, requires_grad=True)
print(torch.cumprod(w, 1), w.cumprod(0, dtype=torch.float64), torch.logcumsumexp(w, 1), w.logcumsumexp(dim=0).grad_fn.name())
z = w.detach().clone()
z.cumprod_(1)
z.cumsum_(dim=0)
print(z, torch.cumprod(torch.arange(1, 6), 0))
out = torch.empty(3, 4)
torch.logcumsumexp(w.detach(), 1, out=out)
print(out)

for call in [
    lambda: torch.atan2(torch.ones(3), torch.ones(4)),
    lambda: torch.arange(3).atan2_(torch.ones(3)),
    lambda: torch.arange(3).asin_(),
    lambda: torch.ones(2).float_power_(2),
    lambda: torch.hypot(torch.arange(3), torch.arange(3)),
    lambda: torch.lerp(torch.ones(3), torch.ones(3, dtype=torch.float64), 0.5),
    lambda: torch.erf(x, out=torch.empty(5)),
    lambda: torch.addcmul(torch.ones(3), torch.ones(3), torch.ones(3), 2),
    lambda: torch.logcumsumexp(torch.arange(3), 0),
]:
    try:
        call()
    except (RuntimeError, TypeError) as error:
        print(type(error).__name__, error)

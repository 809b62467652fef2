# Running maxima and minima (cummax/cummin with their positions and gradients) and the NumPy-style aliases and
# angle conversions tutorials use: negative, subtract, absolute, clip, reciprocal, deg2rad, rad2deg.
import torch


def attempt(label, compute):
    try:
        print(label, compute())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


prices = torch.tensor([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0], requires_grad=True)
best = prices.cummax(0)
print(best, type(best).__name__, best.values.grad_fn)
worst = torch.cummin(prices, dim=0)
print(worst.values, worst.indices)
(best.values.sum() + 2 * worst.values.sum()).backward()
print(prices.grad)
grid = torch.tensor([[1, 5, 5, 2], [7, 7, 0, 9]])
print(grid.cummax(1), torch.cummin(grid, -1), grid.cummax(0).indices)
print(torch.tensor([1.0, float('nan'), 3.0, float('nan')]).cummax(0), torch.tensor([True, False, True]).cummin(0))
print(torch.tensor(2.5).cummax(0))

x = torch.tensor([-1.5, 0.25, 2.0, -0.0], requires_grad=True)
print(torch.negative(x), x.negative(), torch.subtract(x, 1), torch.subtract(x, x, alpha=3), x.subtract(torch.ones(4)))
print(torch.absolute(x), x.absolute(), torch.clip(x, -1, 1), x.clip(min=0), torch.clip(x, max=0.5))
print(torch.reciprocal(x), x.reciprocal().grad_fn, torch.tensor([1, 2, 4]).reciprocal())
angles = torch.tensor([0.0, 30.0, 45.0, 90.0, 180.0, -360.0], requires_grad=True)
rad = torch.deg2rad(angles)
print(rad, rad.grad_fn, rad.rad2deg(), torch.rad2deg(torch.tensor([1.0, 3.141592653589793], dtype=torch.float64)))
print(torch.tensor([90, 180]).deg2rad(), torch.tensor([True]).rad2deg())
(rad * torch.arange(6.)).sum().backward()
print(angles.grad)
y = x.detach().clone()
y.negative_()
print(y, y.absolute_(), y.reciprocal_(), y.clip_(0, 0.6), y.deg2rad_(), y.rad2deg_())
z = torch.ones(3, requires_grad=True) * 2
z.reciprocal_()
z.sum().backward()
print(z, z.grad_fn)
attempt('cummax dim', lambda: grid.cummax(2))
attempt('deg2rad_ int', lambda: torch.tensor([1, 2]).deg2rad_())
attempt('subtract bool', lambda: torch.subtract(torch.tensor([True]), torch.tensor([False])))

# Activations of slices and chunks: PyTorch's kernels take such a view row by row, each row's vectorised body
# and scalar tail rounding differently, so results depend on the row length, forward and backward.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
base = torch.randn(4, 6, 40) * 4
views = {
    'slice of last dim': lambda t: t[:, :, 3:30],
    'slice of middle dim': lambda t: t[:, 1:5, :],
    'leading slice': lambda t: t[1:3],
    'strided last dim': lambda t: t[:, :, ::2],
    'row of a slice': lambda t: t[:, 2, 5:37],
    'column': lambda t: t[:, :, 7],
    'chunk': lambda t: t.chunk(4, 2)[1],
}
functions = {
    'sigmoid': torch.sigmoid,
    'silu': F.silu,
    'elu': F.elu,
    'softplus': F.softplus,
    'tanh': torch.tanh,
    'gelu tanh': lambda t: F.gelu(t, approximate='tanh'),
    'leaky_relu': F.leaky_relu,
}
for view_name, view in views.items():
    for name, f in functions.items():
        x = base.clone().requires_grad_()
        y = f(view(x))
        y.backward(torch.linspace(-2, 2, y.numel()).reshape(y.shape))
        print(view_name, name, y.flatten().tolist(), x.grad.flatten().tolist())
    w = view(base.clone())
    w.sigmoid_()
    print(view_name, 'sigmoid_', w.flatten().tolist())
gates = torch.randn(3, 4 * 20) * 3
print([torch.sigmoid(g).tolist() for g in gates.chunk(4, 1)])

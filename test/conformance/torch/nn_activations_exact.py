# The activations of torch.nn.functional (hardtanh, relu6, selu, celu, threshold, hardsigmoid, hardswish, mish,
# softsign, tanhshrink, hardshrink, softshrink, logsigmoid, softmin, rrelu, prelu, glu) bit for bit: every length from 1
# to 40 (the vectorised loop's 16-element groups and the scalar tail), 100 and 2053, with NaN, infinities and both
# zeros; float64 too. Each line: grad_fn, then a position-weighted sum of the output and of the input's gradient.
import torch
import torch.nn as nn
import torch.nn.functional as F

def digest(t):
    """A position-weighted float64 sum of the values (any one-ulp change shows), with the non-finite values and
    negative zeros listed by position."""
    total = 0.0
    special = []
    for i, v in enumerate(t.detach().tolist()):
        if v != v or v in (float('inf'), float('-inf')) or str(v) == '-0.0':
            special.append(f'{i}:{v}')
        else:
            total += v * (i + 1)
    return f'{total!r} {" ".join(special)}'


def show(name, fn, n, scale=3.0, dtype=torch.float32):
    torch.manual_seed(n)
    x = (torch.randn(n) * scale).to(dtype)
    if n > 5:
        x[1] = float('nan'); x[2] = float('inf'); x[3] = -float('inf'); x[4] = 0.0; x[5] = -0.0
    x.requires_grad_(True)
    y = fn(x)
    g = torch.randn(y.shape).to(dtype)
    (gx,) = torch.autograd.grad(y, x, g)
    print(name, n, y.grad_fn.name() if y.grad_fn else None, '|', digest(y), '|', digest(gx))

FNS = {
    'hardtanh': F.hardtanh, 'hardtanh2': lambda a: F.hardtanh(a, -2.5, 0.7), 'relu6': F.relu6,
    'selu': F.selu, 'celu': lambda a: F.celu(a, 0.7), 'elu': F.elu, 'threshold': lambda a: F.threshold(a, 0.3, -2.0),
    'hardsigmoid': F.hardsigmoid, 'hardswish': F.hardswish, 'mish': F.mish, 'softsign': F.softsign,
    'tanhshrink': F.tanhshrink, 'hardshrink': F.hardshrink, 'softshrink': lambda a: F.softshrink(a, 0.8),
    'logsigmoid': F.logsigmoid, 'softmin': lambda a: F.softmin(a, 0), 'leaky': lambda a: F.leaky_relu(a, 0.2),
    'rrelu_eval': F.rrelu, 'prelu': lambda a: F.prelu(a, torch.tensor([0.3], dtype=a.dtype)),
    'glu': lambda a: F.glu(torch.cat([a, a.flip(0)]), 0),
}
for name, fn in FNS.items():
    for n in list(range(1, 41)) + [100, 2053]:
        show(name, fn, n)
    if name != 'tanhshrink':
        for n in [7, 24, 37]:
            show(name + '_f64', fn, n, dtype=torch.float64)

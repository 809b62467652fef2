# The rest of the activation and dropout family: module reprs, in-place variants (which node, which values),
# double backward, rrelu's and the dropouts' random streams, PReLU's weight gradient.
import torch
import torch.nn as nn
import torch.nn.functional as F

def bits(t):
    return ' '.join(repr(v) for v in t.detach().reshape(-1).tolist())

mods = [nn.Hardtanh(), nn.Hardtanh(-2., 3.5, inplace=True), nn.ReLU6(), nn.ReLU6(True), nn.SELU(), nn.SELU(inplace=True), nn.CELU(), nn.CELU(0.5, True),
        nn.Threshold(0.1, 20.), nn.Threshold(1, 2, True), nn.Hardsigmoid(), nn.Hardsigmoid(True), nn.Hardswish(True), nn.Mish(), nn.Mish(True), nn.PReLU(), nn.PReLU(3, 0.1),
        nn.Softsign(), nn.Tanhshrink(), nn.Hardshrink(), nn.Hardshrink(0.3), nn.Softshrink(1), nn.LogSigmoid(), nn.Softmin(1), nn.Softmin(), nn.Softmax2d(), nn.GLU(), nn.GLU(0),
        nn.RReLU(), nn.RReLU(0.1, 0.3, True), nn.Dropout1d(), nn.Dropout2d(0.2), nn.Dropout3d(inplace=True), nn.AlphaDropout(0.3), nn.FeatureAlphaDropout()]
for m in mods:
    print(repr(m))
print(nn.Sequential(nn.Linear(2, 3), nn.PReLU(3), nn.Hardswish(), nn.Dropout2d()))
print(list(nn.PReLU(2).named_parameters()))

x0 = torch.tensor([-4., -3., -2.5, -1., -0.3, 0., 0.2, 1.5, 3., 3.5, 7.])
# in-place variants
for name, fn in [('relu_', torch.relu_), ('F.relu_', F.relu_), ('hardtanh_', F.hardtanh_), ('relu6 inplace', lambda a: F.relu6(a, inplace=True)),
                 ('elu_', F.elu_), ('selu_', torch.selu_), ('F.selu_', F.selu_), ('celu_', lambda a: torch.celu_(a, 0.5)), ('F.celu_', F.celu_), ('leaky_relu_', lambda a: F.leaky_relu_(a, 0.2)),
                 ('threshold_', lambda a: torch.threshold_(a, 0.1, 2.0)), ('F.threshold_', lambda a: F.threshold_(a, -1.0, 5.0)), ('threshold inplace', lambda a: F.threshold(a, 0.5, 1.5, True)),
                 ('hardsigmoid inplace', lambda a: F.hardsigmoid(a, True)), ('hardswish inplace', lambda a: F.hardswish(a, True)), ('mish inplace', lambda a: F.mish(a, True)),
                 ('rrelu_', torch.rrelu_), ('Tensor.relu_', lambda a: a.relu_())]:
    x = x0.clone().requires_grad_(True)
    a = x * 1
    y = fn(a)
    print(name, y is a, y.grad_fn.name(), bits(y))
    y.backward(torch.arange(11.) - 4)
    print(' grad', bits(x.grad))

# double backward
for name, fn in [('leaky', lambda a: F.leaky_relu(a, 0.2)), ('hardtanh', F.hardtanh), ('elu', F.elu), ('selu', F.selu), ('celu', lambda a: F.celu(a, 0.6)),
                 ('threshold', lambda a: F.threshold(a, 0.1, 2.)), ('hardswish', F.hardswish), ('hardshrink', F.hardshrink), ('softshrink', F.softshrink),
                 ('logsigmoid', F.logsigmoid), ('rrelu', F.rrelu), ('elu_', lambda a: F.elu_(a * 1)), ('leaky_', lambda a: F.leaky_relu_(a * 1, 0.1))]:
    x = (x0 * 0.7).requires_grad_(True)
    y = fn(x)
    (g,) = torch.autograd.grad(y, x, torch.linspace(-1, 1, 11), create_graph=True)
    print(name, g.grad_fn.name() if g.grad_fn else None, bits(g))
    (g2,) = torch.autograd.grad(g, x, torch.linspace(0.5, 2, 11), allow_unused=True)
    print(' second', None if g2 is None else bits(g2))
try:
    x = x0.clone().requires_grad_(True)
    (g,) = torch.autograd.grad(F.hardsigmoid(x).sum(), x, create_graph=True)
    print(g.grad_fn.name())
    g.sum().backward()
except Exception as e:
    print(type(e).__name__, e)

# rrelu training, prelu per channel
torch.manual_seed(3)
x = torch.randn(4, 9).requires_grad_(True)
y = F.rrelu(x, training=True)
print('rrelu train', y.grad_fn.name(), bits(y))
y.backward(torch.ones(4, 9))
print(' grad', bits(x.grad))
torch.manual_seed(4)
m = nn.RReLU(0.2, 0.5)
x = torch.randn(37)
print('RReLU', bits(m(x)))
m.eval()
print('RReLU eval', bits(m(x)))
x = torch.randn(2, 3, 5).requires_grad_(True)
p = nn.PReLU(3, 0.2)
y = p(x)
y.backward(torch.randn(2, 3, 5))
print('prelu3', y.grad_fn.name(), bits(y), bits(x.grad), bits(p.weight.grad))
x = torch.randn(1200).requires_grad_(True)
p = nn.PReLU()
y = p(x)
y.backward(torch.randn(1200))
print('prelu1', bits(p.weight.grad))

# dropouts
torch.manual_seed(5)
x = torch.randn(3, 4, 5).requires_grad_(True)
for name, fn in [('dropout1d', lambda a: F.dropout1d(a, 0.4)), ('dropout1d unbatched', lambda a: F.dropout1d(a[0], 0.4)), ('dropout2d', lambda a: F.dropout2d(a.unsqueeze(0), 0.3)),
                 ('dropout3d', lambda a: F.dropout3d(a.reshape(1, 3, 2, 2, 5))), ('dropout3d unbatched', lambda a: F.dropout3d(a.reshape(3, 2, 2, 5))), ('alpha', lambda a: F.alpha_dropout(a, 0.2, True)),
                 ('alpha eval', lambda a: F.alpha_dropout(a, 0.2)), ('feature alpha', lambda a: F.feature_alpha_dropout(a, 0.5, True)), ('torch.alpha_dropout', lambda a: torch.alpha_dropout(a, 0.3, True)),
                 ('torch.feature_dropout', lambda a: torch.feature_dropout(a, 0.3, True)), ('alpha p1', lambda a: F.alpha_dropout(a, 1.0, True))]:
    y = fn(x)
    print(name, y.grad_fn.name() if y.grad_fn else None, list(y.shape), bits(y))
    (g,) = torch.autograd.grad(y.sum(), x)
    print(' grad', bits(g))
m = nn.Sequential(nn.AlphaDropout(0.25), nn.Dropout2d(0.5), nn.FeatureAlphaDropout(0.1))
print(bits(m(torch.randn(2, 3, 4, 4))))
m.eval()
print(bits(m(torch.ones(2, 3, 1, 1))))
x = torch.randn(2, 3, 2)
F.alpha_dropout(x, 0.3, True, inplace=True)
print('alpha inplace', bits(x))
x = torch.randn(2, 3, 2, 2)
F.dropout2d(x, 0.5, True, True)
print('dropout2d inplace', bits(x))

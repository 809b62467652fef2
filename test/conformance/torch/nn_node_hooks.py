# Hooks on autograd nodes (grad_fn.register_hook / register_prehook) and the deprecated Module.register_backward_hook,
# which PyTorch 1.13 implements as a post-hook on the grad_fn of the module's output: grad_input holds the gradients
# of that node's inputs only (for nn.Linear, AddmmBackward0's bias, input and weight.t()), a hook may replace them,
# and a warning says when the node is not the whole forward. Also the order of tensor hooks and node pre-hooks,
# the errors of bad hook results, handle removal, and that 1.13 has no register_full_backward_pre_hook.
import torch
import torch.nn as nn


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = (x * 2).exp()
h1 = y.grad_fn.register_hook(lambda gi, go: print('post', gi, go))
h2 = y.grad_fn.register_prehook(lambda go: print('pre', go))
print(type(h1).__name__, h2.id - h1.id)
y.register_hook(lambda g: print('tensor hook', g.shape))
y.sum().backward()
h1.remove()
h2.remove()
y = (x * 2).exp()
y.grad_fn.register_hook(lambda gi, go: (gi[0] * 0,))
y.grad_fn.register_prehook(lambda go: (go[0] * 10,))
x.grad = None
y.sum().backward()
print(x.grad)
y = (x * 3).sin()
y.grad_fn.register_prehook(lambda go: (go[0] * 10,))
x.grad = None
y.sum().backward()
print(x.grad)

# order: an output's tensor hooks run together where the first was registered, node pre-hooks likewise
a = torch.ones(2, requires_grad=True)
b = a * 2
b.grad_fn.register_prehook(lambda go: print('node pre A', go) or (go[0] + 1,))
b.register_hook(lambda g: print('tensor hook 1', g) or g * 3)
b.grad_fn.register_prehook(lambda go: print('node pre B', go))
b.register_hook(lambda g: print('tensor hook 2', g))
b.retain_grad()
b.sum().backward()
print(b.grad, a.grad)
b = a * 2
b.register_hook(lambda g: print('tensor hook first', g) or g * 3)
b.grad_fn.register_prehook(lambda go: print('node pre after', go) or (go[0] + 1,))
b.sum().backward()
print(a.grad)

# AccumulateGrad: node pre-hooks before the leaf's own hooks; post-hooks get () and the pre-hooked gradient
w = torch.ones(2, requires_grad=True)
w.register_hook(lambda g: print('leaf hook', g) or g * 5)
s = (w * 3).sum()
acc = s.grad_fn.next_functions[0][0].next_functions[0][0]
print(acc)
acc.register_prehook(lambda go: print('acc pre', go) or (go[0] + 100,))
acc.register_hook(lambda gi, go: print('acc post', gi, go))
s.backward()
print(w.grad)

# gradients of inputs that need none are None; a None replacement drops a gradient
z = x + torch.ones(3)
z.grad_fn.register_hook(lambda gi, go: print('add', gi, go))
z.sum().backward()
z = torch.ones(3) * x
z.grad_fn.register_hook(lambda gi, go: print('mul', gi, go))
z.sum().backward()
x.grad = None
z = x.sin() + x.cos()
z.grad_fn.register_hook(lambda gi, go: (None, gi[1]))
z.sum().backward()
print(x.grad)

# create_graph: the hooks see gradients with a graph, and may replace them by ones with a graph
y = x.pow(3)
y.grad_fn.register_hook(lambda gi, go: print('create_graph', gi[0].requires_grad, gi[0].grad_fn.name()) or (gi[0] * 2,))
g, = torch.autograd.grad(y.sum(), x, create_graph=True)
print(g, g.grad_fn)
print(torch.autograd.grad(g.sum(), x))


def bad_count(gi, go):
    return (gi[0], gi[0])


def double(gi, go):
    return (gi[0].double(),) + gi[1:]


class Twice:
    def __call__(self, go):
        return (go[0], go[0])


for label, hook, kind in [
    ('wrong count:', bad_count, 'post'),
    ('wrong count, callable object:', Twice(), 'pre'),
    ('not a tuple:', lambda go: [go[0]], 'pre'),
    ('not a tensor:', lambda gi, go: (3, None), 'post'),
    ('replace None:', lambda gi, go: (gi[0], torch.ones(1)), 'post'),
    ('changed size:', lambda gi, go: (torch.ones(5), None), 'post'),
    ('changed type:', double, 'post'),
]:
    y = x * 2
    (y.grad_fn.register_hook if kind == 'post' else y.grad_fn.register_prehook)(hook)
    attempt(label, lambda: y.sum().backward())
attempt('no hook:', lambda: (x * 2).grad_fn.register_hook())
attempt('two hooks:', lambda: (x * 2).grad_fn.register_prehook(print, print))


# Module.register_backward_hook
def show(m, gi, go):
    print(type(m).__name__, 'grad_input', gi, 'grad_output', go)


def shapes(m, gi, go):
    print(type(m).__name__, 'gi', [None if g is None else tuple(g.shape) for g in gi], 'go', [None if g is None else tuple(g.shape) for g in go])


lin = nn.Linear(3, 2)
h = lin.register_backward_hook(show)
print(type(h).__name__, list(lin._backward_hooks.keys()) == [h.id], lin._is_full_backward_hook)
out = lin(x)
print(out.grad_fn)
out.sum().backward()
print(lin.weight.grad, lin.bias.grad)
lin(torch.randn(4, 3)).sum().backward()
lin(torch.randn(3)).sum().backward()
h.remove()
lin(x).sum().backward()
print('removed', lin._backward_hooks)
attempt('full after deprecated:', lambda: lin.register_full_backward_hook(show))
print(hasattr(nn.Module, 'register_full_backward_pre_hook'))
attempt('full backward pre-hook:', lambda: lin.register_full_backward_pre_hook(show))

relu = nn.ReLU()
relu.register_backward_hook(show)
relu(torch.tensor([-1., 2.], requires_grad=True)).sum().backward()
sig = nn.Sigmoid()
sig.register_backward_hook(lambda m, gi, go: tuple(g * 0 for g in gi))
xx = torch.tensor([1., 2.], requires_grad=True)
sig(xx).sum().backward()
print(xx.grad)
scale = nn.Linear(3, 1)
scale.register_backward_hook(lambda m, gi, go: (gi[0], gi[1] * 10, gi[2]))
x.grad = None
scale(x).sum().backward()
print(x.grad, scale.bias.grad)
seq = nn.Sequential(nn.Linear(3, 3), nn.Tanh())
seq.register_backward_hook(shapes)
seq(x).sum().backward()


class Two(nn.Module):
    def forward(self, a, b):
        return a * b, a + b


class WithNumber(nn.Module):
    def forward(self, a, k):
        return a * k


class ToDict(nn.Module):
    def forward(self, a):
        return {'n': 1, 'z': a * 2}


class ToList(nn.Module):
    def forward(self, a):
        return [a * 2, a.exp()]


for module, call in [
    (Two(), lambda m: sum(o.sum() for o in m(x, x))),
    (WithNumber(), lambda m: m(x, 3).sum()),
    (ToDict(), lambda m: m(x)['z'].sum()),
    (ToList(), lambda m: m(x)[0].sum()),
]:
    module.register_backward_hook(shapes)
    call(module).backward()
conv = nn.Conv1d(2, 3, 2)
conv.register_backward_hook(shapes)
conv(torch.randn(1, 2, 5, requires_grad=True)).sum().backward()
nobias = nn.Linear(3, 2, bias=False)
nobias.register_backward_hook(shapes)
nobias(x).sum().backward()
with torch.no_grad():
    print(nobias(x).grad_fn)

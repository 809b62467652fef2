# Module full backward hooks: grad_input/grad_output tuples (zeros for tensor inputs that need no grad, None for
# outputs that got none), replaced grad_input, handle.remove(), the BackwardHookFunctionBackward nodes, and
# PyTorch's errors (wrong count, mixing hook kinds, in-place on a hooked module's output).
import torch
import torch.nn as nn


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Mix(nn.Module):
    def forward(self, x, c, k=2):
        return x * c + k, x.sum()


def show(module, grad_input, grad_output):
    print(type(module).__name__, 'grad_input', grad_input, 'grad_output', grad_output)


torch.manual_seed(0)
lin = nn.Linear(3, 2)
h = lin.register_full_backward_hook(show)
x = torch.randn(4, 3, requires_grad=True)
y = lin(x)
print(y.grad_fn, y.grad_fn.next_functions, y._base is not None)
y.sum().backward()
print(x.grad)
x2 = torch.randn(4, 3)
lin(x2).pow(2).sum().backward()
h.remove()
y = lin(x)
print(y.grad_fn)
m = Mix()
m.register_full_backward_hook(show)
c = torch.tensor([2., 3.])
a, s = m(torch.ones(2, requires_grad=True), c)
print(a.grad_fn, s.grad_fn)
(a.sum() + s).backward()
a, s = m(torch.ones(2, requires_grad=True), c)
a.sum().backward()


def double_it(module, grad_input, grad_output):
    return tuple(None if g is None else g * 2 for g in grad_input)


seq = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 1))
seq[0].register_full_backward_hook(double_it)
seq[2].register_full_backward_hook(show)
seq(x).sum().backward()
print(x.grad)
bad = nn.Linear(3, 3)
bad.register_full_backward_hook(lambda m, gi, go: (gi[0], gi[0]))
attempt('wrong count:', lambda: bad(x).sum().backward())
both2 = nn.Linear(3, 3)
both2.register_full_backward_hook(show)
attempt('mix old:', lambda: both2.register_backward_hook(show))
out = both2(x)
attempt('inplace on output:', lambda: out.add_(1))
attempt('relu inplace output:', lambda: nn.functional.relu(both2(x), inplace=True))
# no input requires grad: the hook still runs with None grad_input
frozen = nn.Linear(3, 1)
frozen.register_full_backward_hook(show)
frozen(torch.ones(2, 3)).sum().backward()
frozen.register_full_backward_hook(lambda m, gi, go: (torch.ones(1),))
attempt('frozen returns grads:', lambda: frozen(torch.ones(2, 3)).sum().backward())
# no_grad forward: no node, no hook
with torch.no_grad():
    print(lin(x).grad_fn)
# hooks on nested modules run inner first; a forward hook and a full backward hook together
outer = nn.Sequential(nn.Linear(3, 2), nn.Tanh())
outer.register_full_backward_hook(lambda m, gi, go: print('outer', [g.shape for g in gi], [g.shape for g in go]))
outer[0].register_full_backward_hook(lambda m, gi, go: print('inner', [g.shape for g in gi], [g.shape for g in go]))
outer[0].register_forward_hook(lambda m, i, o: print('forward', o.grad_fn.name()))
z = outer(x)
print(z.grad_fn.name(), z.grad_fn.next_functions[0][0].name())
z.sum().backward()
print(x.grad.shape)

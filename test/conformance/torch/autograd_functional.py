# torch.autograd.functional: jacobian, hessian, vjp, jvp, vhp and hvp (single and tuple inputs/outputs, create_graph,
# strict mode and the errors for bad functions, inputs and vectors).
from torch.autograd.functional import jacobian, hessian, vjp, jvp, hvp
import torch
x = torch.tensor([1., 2.], requires_grad=True)
print(torch.autograd.functional.jacobian(lambda t: t.exp(), x))
J = torch.autograd.functional.jacobian(lambda t: t ** 3, x, create_graph=True)
print(J, J.grad_fn.name())
print(hasattr(torch.autograd, 'nothing'))
try:
    torch.autograd.nothing
except AttributeError as e:
    print(e)
import torch.autograd.functional as AF
print(AF.hessian(lambda a, b: (a * b).sum() * a.sum(), (x, torch.tensor([3., 4.]))))
print(AF.vhp(lambda a: (a ** 3).sum(), x, torch.tensor([1., 0.])))
print(AF.jvp(lambda a: a.sin(), x, torch.tensor([1., 1.]), create_graph=True))
print(AF.vjp(lambda a: (a.tanh(), a * 2), x, (torch.ones(2), torch.ones(2))))
for f in [lambda: AF.vjp(lambda x: x*2, x), lambda: AF.jvp(lambda x: x*2, x), lambda: AF.vjp(lambda x: x*2, x, torch.ones(3)), lambda: AF.jacobian(lambda x: 3, x), lambda: AF.jacobian(lambda x: x, [x, 3]), lambda: AF.hessian(lambda x: x, x), lambda: AF.hessian(lambda x: (x, x), x), lambda: AF.vjp(lambda x: x*2, x, (torch.ones(2), torch.ones(2))), lambda: AF.jacobian(lambda x: x, x, strategy='fwd'), lambda: AF.jacobian(lambda x: torch.ones(2), x, strict=True), lambda: AF.jacobian(lambda x, y: x, (x, x), strict=True), lambda: AF.vjp(lambda x, y: x * y, (x, x), (torch.ones(2),))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(AF.jacobian(lambda x: torch.ones(2), x))
print(AF.jacobian(lambda a, b: a * b, (x, x)))
print(AF.jacobian(lambda a: (a, a * 2), x))
print(AF.jacobian(lambda a: a.sum(), x))
w = torch.randn(3, 2, generator=torch.Generator().manual_seed(0))
print(AF.jacobian(lambda a: torch.tanh(w @ a), x))
print(AF.hessian(lambda a: torch.tanh(w @ a).sum(), x))
def f(x):
    return x ** 2 + x.sum()
x = torch.tensor([1., 2., 3.])
print(jacobian(f, x))
print(hessian(lambda x: (x ** 3).sum(), x))
print(vjp(f, x, torch.ones(3)))
print(jvp(f, x, torch.ones(3)))
def g(a, b):
    return a * b + b.exp()
print(jacobian(g, (torch.tensor([1., 2.]), torch.tensor([0.5, 0.1]))))
print(hvp(lambda x: (x ** 3).sum(), x, torch.ones(3)))
print(jacobian(f, x, create_graph=True))

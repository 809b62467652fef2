# torch.autograd.gradcheck on built-in ops, lambdas, custom Functions and non-tensor inputs; GradcheckError.
import torch
from torch.autograd import gradcheck
from torch.autograd.gradcheck import GradcheckError

x = torch.tensor([0.5, 1.0, -0.3], dtype=torch.float64, requires_grad=True)
w = torch.tensor([[0.2, -1.0, 0.7], [1.5, 0.3, -0.4]], dtype=torch.float64, requires_grad=True)
print(gradcheck(torch.sin, (x,)))
print(gradcheck(torch.tanh, x))
print(gradcheck(lambda a, b: (b @ a).sigmoid(), (x, w)))
print(gradcheck(lambda a: (torch.softmax(a, 0), a.exp().sum()), (x,)))
print(gradcheck(lambda k, a: a * k, (3, x)))
print(gradcheck(lambda a, frozen: a * frozen, [x, torch.ones(3, dtype=torch.float64)]))


class MyExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        y = t.exp()
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, grad):
        (y,) = ctx.saved_tensors
        return grad * y


class BadExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        y = t.exp()
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, grad):
        (y,) = ctx.saved_tensors
        return grad * y * 2


class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, k, t):
        ctx.k = k
        return t * k

    @staticmethod
    def backward(ctx, grad):
        return None, grad * ctx.k


print(gradcheck(MyExp.apply, (x,)))
print(gradcheck(Scale.apply, (2.5, x)))
print(gradcheck(BadExp.apply, (x,), raise_exception=False))
try:
    gradcheck(BadExp.apply, (x,))
except GradcheckError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
    print(e)
print(GradcheckError, GradcheckError.__mro__)
try:
    gradcheck(lambda a, b: a * b * 3 + b, (x.detach(), x), eps=1e-6, atol=1e-9, rtol=0.0)
except RuntimeError as e:
    print(e)
try:
    gradcheck(torch.sin, (x.detach(),))
except ValueError as e:
    print("ValueError:", e)

# float32 inputs warn (once per program) and need looser tolerances
x32 = torch.tensor([0.5, 1.0], requires_grad=True)
print(gradcheck(torch.exp, (x32,), eps=1e-3, atol=1e-2, rtol=1e-2))
print(gradcheck(torch.exp, (x32,), eps=1e-3, atol=1e-2, rtol=1e-2))

# second derivatives, checked by differentiating a function that returns a first derivative
cube = lambda a: torch.autograd.grad((a**3).sum(), a, create_graph=True)[0]
print(gradcheck(cube, (x,)))
print(gradcheck(lambda a: torch.autograd.grad(torch.tanh(a).sum(), a, create_graph=True)[0], (x,)))
print(gradcheck(lambda a: torch.autograd.grad(torch.log_softmax(a, 0)[0], a, create_graph=True)[0], (x,)))

# Custom autograd Functions and gradcheck, as the autograd tutorial writes them.
import torch


class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, i):
        result = i.exp()
        ctx.save_for_backward(result)
        return result

    @staticmethod
    def backward(ctx, grad_output):
        (result,) = ctx.saved_tensors
        return grad_output * result


class MulConstant(torch.autograd.Function):
    @staticmethod
    def forward(ctx, tensor, constant):
        ctx.constant = constant
        return tensor * constant

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output * ctx.constant, None


class LinearFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input, weight, bias=None):
        ctx.save_for_backward(input, weight, bias)
        output = input.mm(weight.t())
        if bias is not None:
            output += bias.unsqueeze(0).expand_as(output)
        return output

    @staticmethod
    def backward(ctx, grad_output):
        input, weight, bias = ctx.saved_tensors
        grad_input = grad_weight = grad_bias = None
        print("needs_input_grad:", ctx.needs_input_grad)
        if ctx.needs_input_grad[0]:
            grad_input = grad_output.mm(weight)
        if ctx.needs_input_grad[1]:
            grad_weight = grad_output.t().mm(input)
        if bias is not None and ctx.needs_input_grad[2]:
            grad_bias = grad_output.sum(0)
        return grad_input, grad_weight, grad_bias


x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
y = Exp.apply(x)
print(y, y.grad_fn, type(y.grad_fn).__name__)
y.sum().backward()
print(x.grad)
z = MulConstant.apply(x, 3.0)
z.sum().backward()
print(z, x.grad)
torch.manual_seed(0)
inp = torch.randn(4, 3, dtype=torch.double, requires_grad=True)
weight = torch.randn(2, 3, dtype=torch.double, requires_grad=True)
bias = torch.randn(2, dtype=torch.double, requires_grad=True)
out = LinearFunction.apply(inp, weight, bias)
print(out)
out.sum().backward()
print(inp.grad, weight.grad, bias.grad)
print(torch.autograd.gradcheck(LinearFunction.apply, (inp, weight, bias), eps=1e-6, atol=1e-4))
print(torch.autograd.gradcheck(Exp.apply, (torch.tensor([0.1, 0.2], dtype=torch.double, requires_grad=True),)))
print(torch.autograd.gradcheck(lambda t: (t ** 3).sum(), (torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True),)))
frozen = torch.randn(2, 3, dtype=torch.double)
LinearFunction.apply(inp, frozen).sum().backward()


class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        return t * 2

    @staticmethod
    def backward(ctx, g):
        return g * 3


try:
    torch.autograd.gradcheck(Bad.apply, (torch.tensor([1.0], dtype=torch.double, requires_grad=True),))
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
print(torch.autograd.gradcheck(Bad.apply, (torch.tensor([1.0], dtype=torch.double, requires_grad=True),), raise_exception=False))

# gradcheck's call pattern: the function runs once, then twice per perturbed element, then once per undefined-gradient check
calls = []


def two_outputs(t):
    calls.append(1)
    return (t * t).sum(), t.sin()


print(torch.autograd.gradcheck(two_outputs, (torch.tensor([0.3, 0.7], dtype=torch.float64, requires_grad=True),)), len(calls))


class Leaky(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        return t * 2

    @staticmethod
    def backward(ctx, g):
        return g * 2 + 1


try:
    torch.autograd.gradcheck(Leaky.apply, (torch.tensor([0.3], dtype=torch.float64, requires_grad=True),))
except Exception as e:
    print(type(e).__name__, e)

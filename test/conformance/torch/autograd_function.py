# Custom autograd Functions: ctx, saved tensors, needs_input_grad, multiple outputs, errors, grad_fn objects.
import torch


class MyExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        print("forward sees grad mode:", torch.is_grad_enabled(), "needs_input_grad:", ctx.needs_input_grad)
        y = torch.exp(x * k)
        ctx.save_for_backward(y)
        ctx.k = k
        return y

    @staticmethod
    def backward(ctx, grad):
        (y,) = ctx.saved_tensors
        return grad * y * ctx.k, None


x = torch.tensor([0.5, 1.0, -0.25], requires_grad=True)
y = MyExp.apply(x, 2.0)
print(y)
print(y.grad_fn)
print(type(y.grad_fn).__name__, y.grad_fn.name(), y.grad_fn.k)
print(type(y.grad_fn))
print(type(y.grad_fn).__mro__)
print(MyExp.__mro__)
print(y.grad_fn.next_functions)
print(y.grad_fn.next_functions[0][0].variable is x)
z = (y * y).sum()
print(z.grad_fn.next_functions[0][0].next_functions)
z.backward()
print(x.grad)
try:
    y.grad_fn.saved_tensors
except RuntimeError as e:
    print("RuntimeError:", e)

with torch.no_grad():
    w = MyExp.apply(x, 1.0)
print(w, w.grad_fn, w.requires_grad)
v = MyExp.apply(x.detach(), 1.0)
print(v.requires_grad, v.grad_fn)


class MulAdd(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b, scale):
        ctx.save_for_backward(a, b, None)
        ctx.scale = scale
        return a * b * scale, a + b

    @staticmethod
    def backward(ctx, grad_prod, grad_sum):
        a, b, nothing = ctx.saved_tensors
        print("grads in:", grad_prod, grad_sum, "saved None:", nothing)
        return grad_prod * b * ctx.scale + grad_sum, grad_prod * a * ctx.scale + grad_sum, None


a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, -1.0], requires_grad=True)
p, s = MulAdd.apply(a, b, 0.5)
print(p, s, p.grad_fn is s.grad_fn)
p.sum().backward()
print(a.grad, b.grad)
a.grad = None
b.grad = None
p, s = MulAdd.apply(a, b, 2)
(p * 2 + s * 3).sum().backward()
print(a.grad, b.grad)


class OnlyFirst(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b):
        print("needs_input_grad:", ctx.needs_input_grad)
        return a * b

    @staticmethod
    def backward(ctx, grad):
        print("needs_input_grad in backward:", ctx.needs_input_grad)
        return grad * 2, None


c = torch.ones(2)
out = OnlyFirst.apply(a, c)
out.sum().backward()
print(a.grad)


class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        ctx.save_for_backward(t)
        return t * t

    @staticmethod
    def backward(ctx, grad):
        (t,) = ctx.saved_tensors
        return 2 * t * grad


base = torch.tensor([1.0, 2.0], requires_grad=True)
h = base * 1
sq = Square.apply(h)
h.add_(1)
try:
    sq.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
sq = Square.apply(base)
sq.sum().backward(retain_graph=True)
sq.sum().backward()
print(base.grad)
try:
    sq.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)


class Identity(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        return t

    @staticmethod
    def backward(ctx, grad):
        return grad


r = Identity.apply(base)
print(r is base, r.grad_fn.name(), r.is_leaf)


class ArgmaxToo(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        index = t.argmax()
        ctx.mark_non_differentiable(index)
        return t * 2, index

    @staticmethod
    def backward(ctx, grad, grad_index):
        print("grad for the index:", grad_index)
        return grad * 2


doubled, index = ArgmaxToo.apply(base)
print(doubled, index, index.requires_grad, index.grad_fn)
doubled.sum().backward()


class Lazy(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        ctx.set_materialize_grads(False)
        return t + 1, t + 2

    @staticmethod
    def backward(ctx, g1, g2):
        print("unmaterialized:", g1, g2)
        return g1


first, second = Lazy.apply(base)
first.sum().backward()


class TooFew(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t, k):
        return t * k

    @staticmethod
    def backward(ctx, grad):
        return grad


class GradForNumber(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t, k):
        return t * k

    @staticmethod
    def backward(ctx, grad):
        return grad, grad


class WrongShape(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        return t * 2

    @staticmethod
    def backward(ctx, grad):
        return torch.ones(3)


class NotATensor(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        return t * 2

    @staticmethod
    def backward(ctx, grad):
        return "oops"


class NoBackward(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        return t * 2


for fn, args in [(TooFew, (base, 3.0)), (GradForNumber, (base, 3)), (WrongShape, (base,)), (NotATensor, (base,)), (NoBackward, (base,))]:
    try:
        fn.apply(*args).sum().backward()
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)


class NoForward(torch.autograd.Function):
    pass


try:
    NoForward.apply(base)
except NotImplementedError as e:
    print("NotImplementedError:", e)


class SavesANumber(torch.autograd.Function):
    @staticmethod
    def forward(ctx, t):
        ctx.save_for_backward(t, 3)
        return t


try:
    SavesANumber.apply(base)
except TypeError as e:
    print("TypeError:", e)
try:
    MyExp.apply(base, k=2.0)
except TypeError as e:
    print("TypeError:", e)


class Legacy(torch.autograd.Function):
    def forward(self, t):
        return t * 2

    def backward(self, grad):
        return grad


try:
    Legacy()(base)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.autograd.Function is torch.autograd.function.Function)

# Tensor.detach_ and requires_grad_ on results of operations
d = base * 2
print(d.detach_() is d, d, d.requires_grad, d.is_leaf, d.grad_fn)
try:
    (base * 2)[0:1].detach_()
except RuntimeError as e:
    print("RuntimeError:", e)
e = base * 2
print(e.requires_grad_() is e)
try:
    e.requires_grad_(False)
except RuntimeError as err:
    print("RuntimeError:", err)
leaf = torch.tensor([1.0, 2.0], requires_grad=True)
leaf.detach_()
print(leaf, leaf.requires_grad)

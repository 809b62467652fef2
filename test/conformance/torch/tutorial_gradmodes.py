# Grad modes as context managers and decorators; inference mode; is_grad_enabled.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
print(torch.is_grad_enabled())
with torch.no_grad():
    y = x * 2
    print(torch.is_grad_enabled(), y.requires_grad, y.grad_fn)
    with torch.enable_grad():
        z = x * 3
        print(torch.is_grad_enabled(), z.requires_grad, z.grad_fn)
print(torch.is_grad_enabled())
with torch.set_grad_enabled(False):
    print(torch.is_grad_enabled(), (x + 1).requires_grad)
with torch.set_grad_enabled(True):
    print((x + 1).requires_grad)
torch.set_grad_enabled(False)
print(torch.is_grad_enabled(), (x * 1).requires_grad)
torch.set_grad_enabled(True)
print(torch.is_grad_enabled())


@torch.no_grad()
def predict(t):
    return t * 10


@torch.enable_grad()
def train_step(t):
    return t * 10


print(predict(x), predict(x).requires_grad)
with torch.no_grad():
    print(train_step(x))


with torch.inference_mode():
    i = x * 2
    print(i.requires_grad, torch.is_inference_mode_enabled(), torch.is_grad_enabled())
print(torch.is_inference_mode_enabled(), i.is_inference())


@torch.inference_mode()
def infer(t):
    return t.sum()


print(infer(x), infer(x).requires_grad)
with torch.inference_mode(False):
    print((x * 2).requires_grad)
with torch.no_grad():
    w = torch.ones(2, requires_grad=True)
    print(w.requires_grad, w.is_leaf, (w * 2).requires_grad)
    x.add_(1)
print(x, x.requires_grad, x.grad_fn)
print(torch.no_grad, type(torch.no_grad()).__name__)
with torch.no_grad() as ctx:
    print(ctx)

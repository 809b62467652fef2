# no_grad / enable_grad / set_grad_enabled / inference_mode as context managers and decorators.
import torch

x = torch.ones(2, requires_grad=True)

@torch.no_grad()
def doubled(t):
    return t * 2

print(doubled(x).requires_grad, torch.is_grad_enabled())
with torch.no_grad():
    print(torch.is_grad_enabled(), (x * 2).requires_grad)
    with torch.enable_grad():
        print(torch.is_grad_enabled(), (x * 2).requires_grad)
    print(torch.is_grad_enabled())
print(torch.is_grad_enabled())

with torch.set_grad_enabled(False):
    print("inside set_grad_enabled(False):", torch.is_grad_enabled(), (x + 1).grad_fn)
print(torch.is_grad_enabled())
torch.set_grad_enabled(False)
print(torch.is_grad_enabled(), (x + 1).requires_grad)
torch.set_grad_enabled(True)
print(torch.is_grad_enabled(), (x + 1).requires_grad)

with torch.inference_mode():
    y = x * 3
print(y.requires_grad, y)

@torch.enable_grad()
def tracked(t):
    return t * 2

with torch.no_grad():
    print(tracked(x))

try:
    with torch.no_grad():
        raise ValueError("inside")
except ValueError as e:
    print("restored after error:", torch.is_grad_enabled(), e)

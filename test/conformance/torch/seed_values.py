# The values and reprs of the seed tutorial's first cells, printed individually.
import torch

torch.manual_seed(0)
x = torch.ones(5)
y = torch.zeros(3)
w = torch.randn(5, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
z = torch.matmul(x, w)+b
loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y)
print(w, b, z, loss)
loss.backward()
for name, v in [("w", w), ("b", b), ("z", z), ("loss", loss), ("w.grad", w.grad), ("b.grad", b.grad), ("z.grad_fn", z.grad_fn), ("loss.grad_fn", loss.grad_fn), ("z.grad", z.grad)]:
    print(name, "=", v)
print("repr(loss) =", repr(loss))
print("loss.item() =", loss.item())
print("z.grad_fn.next_functions =", z.grad_fn.next_functions)
print("loss.grad_fn.next_functions =", loss.grad_fn.next_functions)
print(type(z.grad_fn).__name__, z.grad_fn.name(), z.grad_fn is z.grad_fn)
acc = z.grad_fn.next_functions[1][0]
print(acc.name(), type(acc).__name__, acc.variable is b, acc.next_functions)
print(z.grad_fn.next_functions[0][0].next_functions[0][0].next_functions)
try:
    loss.backward()
except RuntimeError as e:
    print(type(e).__name__ + ":", e)
    print("repr:", repr(e))
torch.set_printoptions(precision=8)
print(w)
print(w.grad)
torch.set_printoptions(profile="default")
print(w)

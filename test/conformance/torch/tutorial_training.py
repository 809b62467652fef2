# The seed tutorial's logistic regression, trained by hand: forward, BCE-with-logits, backward, SGD under no_grad.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(8, 3)
true_w = torch.tensor([[1.5], [-2.0], [0.5]])
y = (x @ true_w > 0).float()
w = torch.randn(3, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.5
for step in range(6):
    z = x @ w + b
    loss = F.binary_cross_entropy_with_logits(z, y)
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    print(step, loss.item(), w.grad.view(-1).tolist(), b.grad.item())
    w.grad.zero_()
    b.grad = None
print(w, b)
probs = torch.sigmoid(x @ w + b)
print(probs.view(-1), ((probs > 0.5).float() == y).float().mean())
z = x @ w + b
loss = F.binary_cross_entropy_with_logits(z, y, reduction="sum")
print(loss, loss.grad_fn, loss.grad_fn.next_functions)
loss.backward()
try:
    loss.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
manual = -(y * torch.log(torch.sigmoid(z)) + (1 - y) * torch.log(1 - torch.sigmoid(z))).mean()
print(manual, F.binary_cross_entropy(torch.sigmoid(z), y))
mse = ((z - y) ** 2).mean()
print(mse, F.mse_loss(z, y), torch.nn.functional.mse_loss(z, y, reduction="sum"))

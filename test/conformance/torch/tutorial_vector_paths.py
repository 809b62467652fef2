# Math on tensors big enough for PyTorch's vectorised kernels, printed in full precision.
import torch

torch.manual_seed(3)
x = torch.randn(37) * 4
print(x.sin().tolist())
print(x.cos().tolist())
print(x.tanh().tolist())
print(x.sigmoid().tolist())
print(x.abs().log().tolist())
print(x.exp().tolist())
print((x.abs() + 0.1).pow(1.3).tolist())
print(torch.softmax(x, 0).tolist())
print(torch.log_softmax(x.view(37, 1).expand(37, 3).t(), 1)[0, :5].tolist())
print(x.abs().log1p().tolist()[:10], (x / 10).expm1().tolist()[:10], x.abs().log2().tolist()[:10], x.abs().log10().tolist()[:10])
big = torch.linspace(-300, 300, 29)
print(big.sin().tolist(), big.cos().tolist())
print(torch.nn.functional.binary_cross_entropy_with_logits(x, (x > 0).float()).item(), x.logsumexp(0).item(), x.norm().item(), x.std().item())
w = torch.randn(37, requires_grad=True)
loss = (torch.tanh(w * 2) * torch.sigmoid(w) + torch.sin(w).pow(2)).sum()
loss.backward()
print(loss.item(), w.grad.tolist())

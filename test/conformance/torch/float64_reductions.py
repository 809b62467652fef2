# float64 full sums add 4-lane vectors as PyTorch's AVX2 sum kernel does (the float64 products and Linear
# outputs below print every bit).
import torch
torch.manual_seed(0)
a = torch.randn(16, 33).double()
b = torch.randn(33, 7).double()
print((a @ b).sum().item())
lin = torch.nn.Linear(33, 7).double()
y = lin(a)
print(y.sum().item(), y[0].tolist())
print(torch.nn.functional.linear(a, lin.weight, lin.bias)[1].tolist())

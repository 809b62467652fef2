# torch.manual_seed and the random factories draw PyTorch's exact streams.
import torch

print(torch.manual_seed(0) is torch.default_generator, torch.initial_seed())
print(torch.rand(4), torch.randn(2, 3), torch.randn(20), torch.rand(3, dtype=torch.float64))
print(torch.randint(0, 10, (3, 4)), torch.randint(5, (6,)), torch.randint(-3, 3, size=(2, 2)), torch.randperm(8))
print(torch.randn(3, requires_grad=True), torch.rand(2, 2).dtype, torch.randint(0, 2, (3,)).dtype)
t = torch.ones(2, 3)
print(torch.rand_like(t), torch.randn_like(t, dtype=torch.float64))
g = torch.Generator().manual_seed(42)
print(torch.randn(3, generator=g), torch.rand(2, generator=g), g.initial_seed())
torch.manual_seed(42)
print(torch.randn(5, 3).tolist())
print(torch.randn(17).tolist())
torch.manual_seed(2**32)
print(torch.rand(2).tolist(), torch.initial_seed())

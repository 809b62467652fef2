# torch.multinomial draws PyTorch 1.13's indices: the exponential-noise argmax/topk path (no replacement, or one
# sample) and the cumulative-distribution search (replacement, several samples), for several seeds and shapes.
import torch

for seed in (0, 3, 42):
    torch.manual_seed(seed)
    probs = torch.tensor([0.1, 0.2, 0.3, 0.4])
    print(seed, torch.multinomial(probs, 1).tolist(), torch.multinomial(probs, 4).tolist())
    print(torch.multinomial(probs, 10, replacement=True).tolist(), torch.multinomial(probs, 1, True).tolist())
    rows = torch.rand(3, 20)
    print(torch.multinomial(rows, 5).tolist())
    print(torch.multinomial(rows, 7, replacement=True).tolist())
    print(torch.multinomial(rows.double(), 5).tolist(), torch.multinomial(rows.double(), 30, True).tolist())
    print(torch.multinomial(torch.rand(50) ** 4, 20).tolist())
    print(torch.rand(2).tolist())

# Zero-probability categories are never drawn while others remain; beyond them topk takes zeros.
torch.manual_seed(1)
print(torch.multinomial(torch.tensor([0.0, 1.0, 0.0, 2.0, 0.0]), 2).tolist())
print(torch.multinomial(torch.tensor([0.0, 1.0, 0.0, 2.0, 0.0]), 50, replacement=True).tolist())
print(torch.multinomial(torch.tensor([[5.0, 0.0, 1.0], [0.0, 0.0, 3.0]]), 1).tolist())
print(torch.multinomial(torch.tensor([3.0, 1.0]), 2).tolist())
w = torch.tensor([1.0, 2.0, 3.0])
print(w.multinomial(2).tolist(), w.multinomial(num_samples=6, replacement=True).tolist())

# Sampling text one character at a time, as char-RNN tutorials do.
torch.manual_seed(0)
logits = torch.randn(8, 27)
chars = []
for step in range(8):
    p = torch.softmax(logits[step] / 0.8, dim=0)
    chars.append(torch.multinomial(p, num_samples=1).item())
print(chars)
g = torch.Generator().manual_seed(123)
print(torch.multinomial(torch.ones(10), 3, generator=g).tolist(), torch.multinomial(torch.ones(10), 12, True, generator=g).tolist())
r = torch.multinomial(torch.ones(2, 6), 3)
print(r.dtype, r.shape)

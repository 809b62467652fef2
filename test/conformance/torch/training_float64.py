# A float64 regression (torch.set_default_dtype) printing full-precision losses: randn's double Box-Muller
# (glibc log/sin/cos), tanh's fused backward, Adam with CosineAnnealingLR; then layer_norm's float64
# gradients, cosine_similarity / pairwise_distance (functional, torch and module forms) and float64 samples.
import math
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)
x = torch.randn(256, 10)
w = torch.randn(10, 1)
y = x @ w + 0.1 * torch.randn(256, 1)
model = nn.Sequential(nn.Linear(10, 32), nn.Tanh(), nn.Linear(32, 1))
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=50)
for step in range(60):
    opt.zero_grad()
    loss = F.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    sched.step()
    if step % 10 == 0:
        print(step, loss.item(), sched.get_last_lr())
print(torch.randn(5, 5).tolist())
print([math.log(i / 7) for i in range(1, 9)])
print([math.sin(i * 0.37) + math.cos(i * 1.3) for i in range(1, 9)])
print(torch.empty(20).normal_(2.0, 3.0).tolist())
print(torch.empty(20).exponential_(1.5).tolist())

for n in (5, 8, 13):
    a = torch.randn(3, n, requires_grad=True)
    weight = torch.randn(n, requires_grad=True)
    g = torch.randn(3, n)
    print(n, torch.autograd.grad(F.layer_norm(a, (n,)), a, g)[0].tolist())
    grads = torch.autograd.grad(F.layer_norm(a, (n,), weight), (a, weight), g)
    print(n, [t.tolist() for t in grads])

torch.set_default_dtype(torch.float32)
a = torch.randn(4, 5, requires_grad=True)
b = torch.randn(4, 5, requires_grad=True)
c = F.cosine_similarity(a, b)
print(c, c.grad_fn.name(), [f.name() for f, _ in c.grad_fn.next_functions])
c.sum().backward()
print(a.grad, b.grad)
print(torch.cosine_similarity(a, b, dim=0), F.cosine_similarity(a[0], b, dim=-1))
print(nn.CosineSimilarity(), nn.PairwiseDistance(), nn.CosineSimilarity(dim=0, eps=1e-6), nn.PairwiseDistance(p=1.0, keepdim=True))
m = nn.PairwiseDistance(p=1.0)
print(m.norm, m.eps, m.keepdim, m(a, b), type(m).__module__)
d = F.pairwise_distance(a, b)
print(d, d.grad_fn.name(), [f.name() for f, _ in d.grad_fn.next_functions])
d.sum().backward()
print(a.grad)
print(torch.pairwise_distance(a, b, keepdim=True), F.pairwise_distance(a, b[0], p=1))
print(F.cosine_similarity(torch.zeros(2, 3), torch.ones(2, 3)), F.pairwise_distance(torch.arange(3), torch.arange(3)))
for bad in (
    lambda: F.cosine_similarity(torch.randn(3, 5), torch.randn(3, 4)),
    lambda: F.cosine_similarity(torch.arange(3), torch.arange(3)),
    lambda: F.cosine_similarity(torch.randn(3, 5), torch.randn(3, 5), dim=2),
    lambda: F.pairwise_distance(torch.randn(3, 5), torch.randn(3, 4)),
):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
x64 = torch.randn(3, 6, dtype=torch.float64, requires_grad=True)
cos64 = F.cosine_similarity(x64, torch.randn(3, 6))
print(cos64.tolist())
cos64.sum().backward()
print(x64.grad.tolist())
print(F.sigmoid(torch.tensor([0.5])), F.tanh(torch.tensor([0.5])))

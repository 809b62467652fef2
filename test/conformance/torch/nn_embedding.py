# Embedding and F.embedding with max_norm: the looked-up rows renormalised in place (max_norm / (norm + 1e-7)),
# norm types, versions after init and renorm; _weight and from_pretrained.
import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


torch.manual_seed(0)
emb = nn.Embedding(6, 4, max_norm=1.0)
print(emb)
idx = torch.tensor([[0, 2, 2], [5, 0, 1]])
before = emb.weight.detach().clone()
out = emb(idx)
print(out)
print(emb.weight, emb.weight._version)
print(emb.weight.norm(dim=1))
print(torch.equal(emb.weight[3], before[3]), torch.equal(emb.weight[4], before[4]))
out.sum().backward()
print(emb.weight.grad)
for norm_type in [1.0, 2.0, float('inf')]:
    torch.manual_seed(1)
    e = nn.Embedding(5, 3, max_norm=1.5, norm_type=norm_type)
    print(e, e(torch.tensor([4, 1, 1, 3])), e.weight._version)
torch.manual_seed(2)
w = torch.randn(5, 3, requires_grad=True)
x = torch.tensor([1, 3])
y = F.embedding(x, w, max_norm=0.5)
print(y, w._version, y.grad_fn.name())
w64 = torch.randn(4, 2, dtype=torch.float64) * 3
print(F.embedding(torch.tensor([0, 3]), w64, max_norm=2.0), w64)
e = nn.Embedding(4, 2, max_norm=0.1, padding_idx=0)
print(e(torch.tensor([0, 1])))
print(e.weight)
w = torch.randn(3, 2, requires_grad=True)
h = w * 1
attempt('non-leaf renorm:', lambda: F.embedding(torch.tensor([0]), h, max_norm=0.1))
attempt('float indices:', lambda: F.embedding(torch.tensor([0.]), torch.randn(3, 2), max_norm=0.1))
for m in [nn.Embedding(3, 2), nn.Embedding(3, 2, padding_idx=1), nn.Embedding(3, 2, _weight=torch.ones(3, 2))]:
    print(m, m.weight._version, m.weight)
pretrained = torch.tensor([[1., 2.], [3., 4.], [0., 5.]])
frozen = nn.Embedding.from_pretrained(pretrained)
print(frozen, frozen.weight.requires_grad, frozen(torch.tensor([2, 0])))
tuned = nn.Embedding.from_pretrained(pretrained, freeze=False, max_norm=4.0, padding_idx=0)
print(tuned, tuned.weight.requires_grad, tuned(torch.tensor([1, 2])), pretrained)
attempt('from_pretrained 1d:', lambda: nn.Embedding.from_pretrained(torch.ones(3)))
attempt('bad _weight:', lambda: nn.Embedding(3, 2, _weight=torch.ones(2, 2)))
# Every parameter and buffer a layer's reset initialises in place is at version 1.
for m in [nn.Linear(2, 2), nn.Bilinear(2, 2, 2), nn.LayerNorm(3), nn.BatchNorm1d(2), nn.BatchNorm2d(2, affine=False), nn.Conv1d(1, 1, 2), nn.Conv2d(1, 1, 2, bias=False)]:
    print(type(m).__name__, [(n, t._version) for n, t in list(m.named_parameters()) + list(m.named_buffers())])

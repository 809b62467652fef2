# Sorting and selection in tutorial style: ranking predictions with topk and argsort, medians and modes of
# scores, unique labels with their counts, and the named tuples, grad_fns, gradients and refusals along the way.
import torch


def attempt(label, compute):
    try:
        print(label, compute())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


torch.manual_seed(0)
logits = torch.randn(4, 10, requires_grad=True)
probs = logits.softmax(dim=1)
top = probs.topk(3)
print(top)
print(type(top).__name__, type(top).__module__, top.values.grad_fn, top.indices.dtype)
scores, classes = torch.topk(logits, k=2, dim=1, largest=False)
print(scores, classes)
top.values.sum().backward()
print(logits.grad)

ranked = torch.sort(probs[0], descending=True)
print(ranked.values, ranked.indices, ranked[1])
print(torch.argsort(probs, dim=1, descending=True)[:, :3])
print(logits.detach().sort(dim=0).indices)
print(torch.sort(logits, stable=True).values.grad_fn, torch.sort(logits).values.grad_fn)
print(torch.msort(torch.tensor([[3, 1], [1, 2], [2, 0]])))

labels = torch.randint(0, 5, (30,))
print(labels.sort())
print(labels.argsort(descending=True))
print(labels.topk(6))
print(labels.mode(), torch.mode(labels.view(5, 6), 1))
print(labels.median(), labels.median(0), torch.median(labels.view(3, 10), dim=1, keepdim=True))
print(labels.kthvalue(4), labels.float().kthvalue(10, 0, True))
values, counts = torch.unique(labels, return_counts=True)
print(values, counts)
print(torch.unique(labels, return_inverse=True))
print(labels.unique())
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1, 2]), return_inverse=True, return_counts=True))
grid = torch.tensor([[1, 2], [3, 4], [1, 2], [0, 9]])
print(torch.unique(grid, dim=0, return_counts=True))
print(torch.unique_consecutive(grid, dim=1))

x = torch.tensor([1.0, float('nan'), 3.0, -2.0, 3.0, 0.5], requires_grad=True)
print(x.sort(), x.topk(2), x.median(), x.nanmedian(), x.median(0), x.nanmedian(0))
x.nanmedian().backward()
print(x.grad)
y = torch.tensor([[2.0, 1.0, 2.0], [0.0, 5.0, 5.0]], requires_grad=True)
y.median(dim=1).values.sum().backward()
print(y.grad)
print(torch.unique(y), torch.unique(y).grad_fn)
attempt('unique backward', lambda: torch.unique(y).sum().backward())
attempt('topk k', lambda: labels.topk(31))
attempt('kthvalue k', lambda: labels.kthvalue(0))
attempt('topk bool', lambda: (labels > 2).topk(1))
attempt('median bool', lambda: (labels > 2).median())
attempt('mode empty', lambda: torch.zeros(2, 0).mode())
attempt('sort dim', lambda: labels.sort(1))

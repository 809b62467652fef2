# torch.nn.utils.rnn.pad_sequence: layouts, padding values, dtypes, the CopySlices graph and gradients, errors.
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence
a = torch.ones(2, 3, requires_grad=True)
b = torch.full((4, 3), 2.0, requires_grad=True)
p = pad_sequence([a, b])
print(p.shape, p.grad_fn.name(), [f.name() for f, _ in p.grad_fn.next_functions])
p2 = pad_sequence([a, b], batch_first=True, padding_value=-1.0)
print(p2, p2.grad_fn.name())
(p2 * torch.arange(24.).view(2, 4, 3)).sum().backward()
print(a.grad, b.grad)
print(pad_sequence([torch.tensor([1, 2]), torch.tensor([3])]))
print(pad_sequence((torch.ones(2), torch.ones(1)), True))
print(nn.utils.rnn.pad_sequence([torch.arange(3), torch.arange(1)], batch_first=True, padding_value=9))
for f in [lambda: pad_sequence([]), lambda: pad_sequence([torch.ones(2, 3), torch.ones(2, 4)]), lambda: pad_sequence([torch.ones(2), torch.ones(1, dtype=torch.int64)]), lambda: pad_sequence(torch.ones(3, 2))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

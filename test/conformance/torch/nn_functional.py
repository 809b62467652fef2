# torch.nn.functional beyond the losses: activations, dropout's mask stream, linear/bilinear, embedding,
# one_hot, pad, normalize, and the warnings PyTorch prints.
import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
print(F.relu(x), F.leaky_relu(x, 0.2), F.elu(x, alpha=0.5), F.gelu(x), F.gelu(x, approximate='tanh'))
print(F.silu(x), F.softplus(x, beta=2, threshold=1), F.softmax(x, dim=0), F.log_softmax(x, -1))
attempt('gelu approximate:', lambda: F.gelu(x, approximate='fast'))
attempt('relu int:', lambda: F.elu(torch.tensor([1, 2])))

# dropout draws the same mask as PyTorch
torch.manual_seed(1)
print(F.dropout(torch.ones(2, 8), p=0.5))
print(F.dropout(torch.ones(2, 8, dtype=torch.float64), p=0.25))
print(F.dropout(torch.ones(5), p=0.5, training=False))
print(F.dropout(torch.ones(3), p=1.0), F.dropout(torch.ones(3), p=0.0))
y = F.dropout(x, 0.5)
print(y.grad_fn)
attempt('dropout p:', lambda: F.dropout(x, 1.5))

# linear and bilinear
torch.manual_seed(2)
w = torch.randn(2, 4)
b = torch.randn(2)
print(F.linear(x, w), F.linear(x, w, b), F.linear(x[0], w, b))
print(F.linear(torch.randn(2, 3, 4), w, b).grad_fn, F.linear(torch.randn(2, 3, 4), w).grad_fn)
print(F.bilinear(torch.randn(2, 3), torch.randn(2, 2), torch.randn(5, 3, 2), torch.randn(5)).shape)

# embedding and one_hot
weight = torch.randn(5, 2, requires_grad=True)
e = F.embedding(torch.tensor([[1, 1], [4, 0]]), weight, padding_idx=1)
print(e)
e.sum().backward()
print(weight.grad)
print(F.one_hot(torch.tensor([0, 2, 1])), F.one_hot(torch.tensor([[1], [0]]), num_classes=4))
attempt('one_hot range:', lambda: F.one_hot(torch.tensor([0, 3]), 3))
attempt('one_hot negative:', lambda: F.one_hot(torch.tensor([-1, 0])))
attempt('one_hot float:', lambda: F.one_hot(torch.tensor([1.0])))

# pad and normalize
p = F.pad(x, (1, 2))
print(p, p.grad_fn)
print(F.pad(x, (0, 1, 2, 0), value=-1.0))
p.sum().backward()
print(x.grad)
attempt('pad odd:', lambda: F.pad(x, (1, 2, 3)))
attempt('pad long:', lambda: F.pad(x, (1, 1, 1, 1, 1, 1)))
n = F.normalize(x)
print(n, n.grad_fn)
print(F.normalize(x, p=1.0, dim=0))

# warnings
F.mse_loss(torch.zeros(3, 1), torch.zeros(3))
nn.MSELoss()(torch.zeros(3, 1), torch.zeros(3))
nn.L1Loss()(torch.zeros(2, 1), torch.zeros(2))
F.kl_div(torch.zeros(2), torch.ones(2))
print(nn.Softmax()(torch.ones(2, 2)))
print('done')

# Bad input to layers and losses: PyTorch's exception classes and messages.
import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


torch.manual_seed(0)
attempt('linear 1d mismatch:', lambda: nn.Linear(3, 2)(torch.ones(4)))
attempt('linear 3d mismatch:', lambda: nn.Linear(3, 2)(torch.ones(2, 2, 4)))
attempt('linear int input:', lambda: nn.Linear(3, 2)(torch.ones(2, 3, dtype=torch.long)))
attempt('linear no input:', lambda: nn.Linear(3, 2)())
attempt('embedding float index:', lambda: nn.Embedding(3, 2)(torch.tensor([0.0, 1.0])))
attempt('embedding negative:', lambda: nn.Embedding(3, 2)(torch.tensor([-1])))
attempt('ce 3d target shape:', lambda: F.cross_entropy(torch.randn(2, 3, 4), torch.zeros(2, 5, dtype=torch.long)))
attempt('ce 0d input:', lambda: F.cross_entropy(torch.tensor(1.0), torch.tensor(0)))
attempt('nll 2d target:', lambda: F.nll_loss(torch.randn(3, 4), torch.zeros(3, 1, dtype=torch.long)))
attempt('ce probs shape:', lambda: F.cross_entropy(torch.randn(3, 4), torch.rand(3, 5)))
attempt('ce smoothing:', lambda: F.cross_entropy(torch.randn(3, 4), torch.tensor([0, 1, 2]), label_smoothing=1.5))
attempt('mse broadcast:', lambda: F.mse_loss(torch.ones(3), torch.ones(4)))
attempt('bce weight:', lambda: F.binary_cross_entropy(torch.rand(3, 2), torch.rand(3, 2), weight=torch.ones(3)))
attempt('bce logits int target:', lambda: F.binary_cross_entropy_with_logits(torch.randn(3), torch.tensor([0, 1, 0])))
attempt('huber delta:', lambda: F.huber_loss(torch.ones(2), torch.zeros(2), delta=0.0))
attempt('softmax dim:', lambda: F.softmax(torch.ones(2, 2), dim=2))
attempt('flatten dims:', lambda: nn.Flatten(2, 1)(torch.ones(2, 3, 4)))
attempt('unflatten size:', lambda: nn.Unflatten(1, (2, 2))(torch.ones(2, 3)))
attempt('sequential bad input:', lambda: nn.Sequential(nn.Linear(2, 2), nn.ReLU())(torch.ones(3)))
attempt('dropout int:', lambda: F.dropout(torch.ones(3, dtype=torch.long), 0.5))
attempt('kl reduction:', lambda: F.kl_div(torch.ones(2), torch.ones(2), reduction='avg'))
attempt('one_hot num_classes:', lambda: F.one_hot(torch.tensor([1, 2]), 2))
attempt('normalize int:', lambda: F.normalize(torch.tensor([1, 2])))

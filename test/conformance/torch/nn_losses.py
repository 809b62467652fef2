# Loss modules and functions: values, grad_fn, gradients, reductions, options and bad input.
import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def check(label, loss_fn, x, *rest):
    x = x.detach().requires_grad_()
    loss = loss_fn(x, *rest)
    print(label, loss, loss.grad_fn.name() if loss.grad_fn else None)
    (loss if loss.dim() == 0 else loss.sum()).backward()
    print('  grad', x.grad)


torch.manual_seed(0)
x = torch.randn(4, 3)
y = torch.randn(4, 3)
for reduction in ['mean', 'sum', 'none']:
    check(f'MSELoss {reduction}', nn.MSELoss(reduction=reduction), x, y)
    check(f'L1Loss {reduction}', nn.L1Loss(reduction=reduction), x, y)
    check(f'SmoothL1Loss {reduction}', nn.SmoothL1Loss(reduction=reduction, beta=0.5), x * 2, y)
    check(f'HuberLoss {reduction}', nn.HuberLoss(reduction=reduction, delta=0.8), x * 2, y)

p = torch.rand(4, 3)
t = (torch.rand(4, 3) > 0.5).float()
w = torch.rand(3) + 0.5
check('BCELoss', nn.BCELoss(), torch.sigmoid(x), t)
check('BCELoss weight sum', nn.BCELoss(weight=w, reduction='sum'), torch.sigmoid(x), p)
check('BCEWithLogitsLoss', nn.BCEWithLogitsLoss(), x, t)
check('BCEWithLogitsLoss pos_weight', nn.BCEWithLogitsLoss(pos_weight=w), x, t)
check('BCEWithLogitsLoss weight none', nn.BCEWithLogitsLoss(weight=w, reduction='none'), x, p)
print(nn.BCEWithLogitsLoss(pos_weight=w).state_dict())

logits = torch.randn(6, 4)
target = torch.tensor([0, 3, 1, 1, 2, 3])
cw = torch.tensor([1.0, 2.0, 0.5, 1.5])
check('CrossEntropyLoss', nn.CrossEntropyLoss(), logits, target)
check('CrossEntropyLoss weight', nn.CrossEntropyLoss(weight=cw), logits, target)
check('CrossEntropyLoss ignore', nn.CrossEntropyLoss(ignore_index=1), logits, target)
check('CrossEntropyLoss smoothing', nn.CrossEntropyLoss(label_smoothing=0.1), logits, target)
check('CrossEntropyLoss smoothing weight', nn.CrossEntropyLoss(weight=cw, label_smoothing=0.2), logits, target)
check('CrossEntropyLoss none', nn.CrossEntropyLoss(reduction='none'), logits, target)
check('CrossEntropyLoss probs', nn.CrossEntropyLoss(), logits, torch.softmax(torch.randn(6, 4), 1))
check('CrossEntropyLoss 4d', nn.CrossEntropyLoss(), torch.randn(2, 3, 2, 2), torch.randint(0, 3, (2, 2, 2)))
check('CrossEntropyLoss 1d', nn.CrossEntropyLoss(), torch.randn(5), torch.tensor(2))
check('NLLLoss', nn.NLLLoss(), F.log_softmax(logits, 1), target)
check('NLLLoss weight ignore', nn.NLLLoss(weight=cw, ignore_index=3), F.log_softmax(logits, 1), target)
check('NLLLoss sum', nn.NLLLoss(reduction='sum'), logits, target)
check('KLDivLoss batchmean', nn.KLDivLoss(reduction='batchmean'), F.log_softmax(logits, 1), torch.softmax(torch.randn(6, 4), 1))
check('KLDivLoss log_target', nn.KLDivLoss(reduction='sum', log_target=True), F.log_softmax(logits, 1), F.log_softmax(torch.randn(6, 4), 1))
print(nn.CrossEntropyLoss(weight=cw).state_dict(), nn.CrossEntropyLoss().ignore_index, nn.CrossEntropyLoss(label_smoothing=0.1).label_smoothing)

# functional forms
print(F.mse_loss(x, y), F.l1_loss(x, y, reduction='sum'), F.smooth_l1_loss(x, y, beta=2.0), F.huber_loss(x, y, delta=0.5))
print(F.cross_entropy(logits, target, label_smoothing=0.05), F.nll_loss(logits, target, reduction='none'))
print(F.binary_cross_entropy(torch.sigmoid(x), p), F.binary_cross_entropy_with_logits(x, p, pos_weight=w))
print(F.kl_div(F.log_softmax(logits, 1), torch.softmax(logits * 2, 1), reduction='sum'))

# bad input
attempt('ce batch mismatch:', lambda: F.cross_entropy(logits, torch.tensor([0, 1])))
attempt('ce target out of range:', lambda: F.cross_entropy(logits, torch.tensor([0, 4, 1, 1, 2, 3])))
attempt('ce float target:', lambda: F.cross_entropy(logits, torch.tensor([0., 1, 1, 1, 2, 3])))
attempt('ce weight size:', lambda: F.cross_entropy(logits, target, weight=torch.ones(3)))
attempt('nll 3d target:', lambda: F.nll_loss(logits, target.reshape(2, 3)))
attempt('bce range:', lambda: F.binary_cross_entropy(x, p))
attempt('bce size:', lambda: F.binary_cross_entropy(torch.sigmoid(x), p[0]))
attempt('bce logits size:', lambda: F.binary_cross_entropy_with_logits(x, p[0]))
attempt('reduction:', lambda: F.mse_loss(x, y, reduction='avg'))
attempt('smooth beta:', lambda: F.smooth_l1_loss(x, y, beta=-1.0))
attempt('mse int:', lambda: nn.MSELoss()(torch.ones(2), torch.ones(2, dtype=torch.long)))

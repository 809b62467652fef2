# Convolution, pooling and normalisation layers: reprs, seeded initialisation, forward values, gradients,
# batch norm's running statistics in train and eval mode, PyTorch's errors, and a small CNN trained for a
# few steps under torch.manual_seed.
import torch
import torch.nn as nn
import torch.nn.functional as F

print("--- reprs")
for module in [
    nn.Conv2d(1, 4, 3),
    nn.Conv2d(3, 8, kernel_size=(3, 5), stride=2, padding=1, bias=False),
    nn.Conv2d(4, 4, 3, padding="same", dilation=2, groups=2),
    nn.Conv2d(2, 2, 3, padding="valid"),
    nn.Conv1d(2, 3, 4),
    nn.Conv1d(2, 4, 3, stride=2, padding=1, groups=2, bias=False),
    nn.MaxPool2d(2),
    nn.MaxPool2d((2, 3), stride=1, padding=1, ceil_mode=True),
    nn.MaxPool2d(3, 2, 1, 2),
    nn.AvgPool2d(3, stride=2),
    nn.AvgPool2d((2, 2), padding=1, count_include_pad=False),
    nn.AdaptiveAvgPool2d((5, None)),
    nn.AdaptiveAvgPool2d(1),
    nn.LayerNorm(10),
    nn.LayerNorm((2, 3), eps=1e-3, elementwise_affine=False),
    nn.BatchNorm1d(5),
    nn.BatchNorm2d(3, momentum=None, affine=False),
    nn.BatchNorm2d(4, eps=0.001, momentum=0.01, track_running_stats=False),
]:
    print(module)

print("--- seeded initialisation")
torch.manual_seed(0)
conv = nn.Conv2d(1, 4, 3)
print(conv.weight)
print(conv.bias)
conv1 = nn.Conv1d(3, 2, 2)
print(conv1.weight)
print(conv1.bias)
grouped = nn.Conv2d(4, 2, 2, groups=2, bias=False)
print(grouped.weight, grouped.bias)
print([name for name, _ in conv.named_parameters()])
ln = nn.LayerNorm(4)
print(ln.weight, ln.bias)

print("--- forward and backward")
torch.manual_seed(1)
x = torch.randn(2, 1, 6, 6, requires_grad=True)
y = conv(x)
print(y.shape, y.grad_fn)
print(y[0, 0])
y.sum().backward()
print(x.grad[1, 0])
print(conv.weight.grad)
print(conv.bias.grad)

single = torch.randn(1, 6, 6)
print(conv(single).shape)
print(F.conv2d(torch.randn(1, 2, 4, 4), torch.randn(3, 2, 2, 2), padding="same").shape)
print(F.conv1d(torch.randn(2, 3, 7), conv1.weight, conv1.bias, stride=2))

pooled, indices = F.max_pool2d(y, 2, return_indices=True)
print(pooled.grad_fn, indices.dtype)
print(indices[0, 0])
avg = F.avg_pool2d(y, 3, stride=1, padding=1)
print(avg.grad_fn, avg.shape)
print(F.adaptive_avg_pool2d(y, (2, 3)).grad_fn, F.adaptive_avg_pool2d(y, 1).grad_fn)

z = torch.randn(3, 4, requires_grad=True)
out = ln(z)
print(out)
out.pow(2).sum().backward()
print(z.grad)
print(ln.weight.grad)
print(F.layer_norm(z, (4,), eps=1e-3).grad_fn)

print("--- batch norm")
torch.manual_seed(2)
bn = nn.BatchNorm2d(3)
images = torch.randn(4, 3, 2, 2)
print(bn(images)[0])
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn(images * 2 + 1)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(images)[1])
print(bn.num_batches_tracked)
cumulative = nn.BatchNorm1d(2, momentum=None)
for step in range(3):
    cumulative(torch.randn(5, 2) * (step + 1))
    print(step, cumulative.running_mean, cumulative.running_var, cumulative.num_batches_tracked)
untracked = nn.BatchNorm1d(2, track_running_stats=False)
print(untracked.running_mean, untracked(torch.randn(3, 2, 4))[0])
untracked.eval()
print(untracked(torch.randn(3, 2))[0])
features = torch.randn(6, 3, requires_grad=True)
bn1 = nn.BatchNorm1d(3)
loss = (bn1(features) * torch.arange(3.0)).sum()
loss.backward()
print(features.grad)
print(bn1.weight.grad, bn1.bias.grad)

print("--- errors")
for call in [
    lambda: F.conv2d(torch.randn(3, 5), torch.randn(4, 3, 3, 3)),
    lambda: F.conv2d(torch.randn(2, 2, 5, 5), torch.randn(4, 3, 3, 3)),
    lambda: F.conv2d(torch.randn(2, 3, 2, 2), torch.randn(4, 3, 3, 3)),
    lambda: F.conv2d(torch.randn(2, 3, 5, 5), torch.randn(4, 3, 3, 3), torch.randn(5)),
    lambda: F.conv2d(torch.randn(2, 3, 5, 5), torch.randn(4, 3, 3, 3), stride=0),
    lambda: F.conv2d(torch.randn(2, 3, 5, 5), torch.randn(4, 3, 3, 3), padding="same", stride=2),
    lambda: F.conv2d(torch.randn(2, 3, 5, 5), torch.randn(4, 3, 3, 3), padding="full"),
    lambda: F.conv1d(torch.randn(2, 3, 4, 5), torch.randn(2, 3, 3)),
    lambda: F.conv1d(torch.randn(2, 3, 2), torch.randn(2, 3, 3)),
    lambda: nn.Conv2d(3, 4, 3)(torch.randn(1, 2, 5, 5)),
    lambda: nn.Conv2d(3, 4, 3, groups=2),
    lambda: nn.Conv2d(3, 4, 3, padding="same", stride=2),
    lambda: F.max_pool2d(torch.randn(5), 2),
    lambda: F.max_pool2d(torch.randn(1, 1, 2, 2), 3),
    lambda: F.max_pool2d(torch.randn(1, 1, 6, 6), 2, padding=2),
    lambda: F.avg_pool2d(torch.randn(1, 1, 2, 2), 3),
    lambda: F.adaptive_avg_pool2d(torch.randn(5), 2),
    lambda: F.layer_norm(torch.randn(2, 3), (4,)),
    lambda: F.layer_norm(torch.randn(2, 3), (3,), torch.randn(4)),
    lambda: F.batch_norm(torch.randn(1, 3), None, None, training=True),
    lambda: F.batch_norm(torch.randn(2, 3), torch.zeros(4), torch.ones(4)),
    lambda: nn.BatchNorm1d(3)(torch.randn(2, 3, 4, 5)),
    lambda: nn.BatchNorm2d(3)(torch.randn(2, 3)),
    lambda: nn.BatchNorm2d(3)(torch.randn(2, 4, 2, 2)),
    lambda: F.conv2d(torch.randn(1, 3, 5, 5), torch.randn(4, 3, 3, 3).double()),
    lambda: F.conv2d(torch.randn(2, 3, 5, 5), torch.randn(4, 3, 3, 3), torch.randn(4).double()),
    lambda: F.conv2d(torch.randn(1, 3, 5, 5), torch.randn(4, 3, 3, 3), dilation=0),
    lambda: F.conv2d(torch.randn(1, 3, 5, 5), torch.randn(4, 3, 3, 3), stride=(1, 1, 1)),
    lambda: F.max_pool2d(torch.randn(1, 1, 6, 6), (4, 2), padding=(1, 2)),
    lambda: F.max_pool2d(torch.ones(1, 1, 4, 4, dtype=torch.long), 2),
    lambda: F.adaptive_avg_pool2d(torch.ones(1, 1, 4, 4, dtype=torch.long), 2),
    lambda: F.avg_pool2d(torch.randn(1, 1, 4, 4), 2, divisor_override=0),
    lambda: F.layer_norm(torch.ones(2, 3, dtype=torch.long), (3,)),
    lambda: F.batch_norm(torch.ones(2, 3, dtype=torch.long), None, None, training=True),
    lambda: F.batch_norm(torch.randn(2, 3), None, None),
]:
    try:
        call()
    except Exception as error:
        print(type(error).__name__, error)

print(F.avg_pool2d(torch.arange(16).reshape(1, 1, 4, 4), 3, stride=1, padding=1))

print("--- a small CNN")


class SmallCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(4 * 3 * 3, 3)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv(x)))
        return self.fc(x.flatten(1))


torch.manual_seed(0)
model = SmallCNN()
print(model)
images = torch.randn(8, 1, 8, 8)
targets = torch.randn(8, 3)
for step in range(4):
    for parameter in model.parameters():
        parameter.grad = None
    loss = F.mse_loss(model(images), targets)
    loss.backward()
    with torch.no_grad():
        for parameter in model.parameters():
            parameter -= 0.1 * parameter.grad
    print(step, loss.item())
print(model.conv.weight.grad[0])
print(model.fc.bias)

print("--- buffers, state_dict and a Sequential CNN")
torch.manual_seed(3)
bn = nn.BatchNorm2d(3)
print(list(bn.state_dict().keys()))
print([name for name, _ in bn.named_buffers()], [name for name, _ in bn.named_parameters()])
bn(torch.randn(2, 3, 2, 2))
print(bn.state_dict())
restored = nn.BatchNorm2d(3)
restored.load_state_dict(bn.state_dict())
print(restored.running_mean, restored.num_batches_tracked)
print(list(nn.BatchNorm1d(2, affine=False, track_running_stats=False).state_dict().keys()))
cnn = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(8, 3))
print(cnn)
print(list(cnn.state_dict().keys()))
x = torch.randn(4, 1, 6, 6)
out = cnn(x)
out.sum().backward()
print(out)
print(cnn[0].weight.grad)
cnn.eval()
print(cnn(x))

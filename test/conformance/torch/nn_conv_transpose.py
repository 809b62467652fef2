# nn.ConvTranspose1d / nn.ConvTranspose2d, F.conv_transpose1d/2d and torch.conv_transpose1d/2d: default
# initialisation, reprs, attributes, output_size, values, gradients and PyTorch's errors.
import torch
import torch.nn as nn
import torch.nn.functional as F


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


torch.manual_seed(0)
m = nn.ConvTranspose2d(4, 6, (3, 2), stride=2, padding=1, output_padding=1, groups=2, dilation=2)
print(m)
print(m.weight.shape, m.weight, m.bias)
print(m.transposed, m.output_padding, m.padding_mode, m._reversed_padding_repeated_twice)
print(list(vars(m).keys()))
print([name for name, _ in m.named_parameters()], list(m.state_dict().keys()))
x = torch.randn(2, 4, 3, 3, requires_grad=True)
y = m(x)
print(y.shape, y.grad_fn.name())
print(y[0, :2])
(y * y).sum().backward()
print(x.grad[0, 0], m.weight.grad[0], m.bias.grad)

m1 = nn.ConvTranspose1d(3, 2, 3, stride=2, bias=False)
print(m1, m1.weight)
z = torch.randn(3, 4)
print(m1(z, output_size=[10]).shape, m1(z, output_size=(9,)).shape, m1(z.unsqueeze(0), output_size=[1, 2, 10]).shape)
print(m1(z, [10]))
print(nn.ConvTranspose2d(2, 2, 3, padding=(1, 0), stride=(2, 1), dilation=(1, 2)))
print(nn.ConvTranspose1d(2, 4, 5, groups=2, bias=False, output_padding=1, stride=2))
print(nn.ConvTranspose2d(4, 3, 3, stride=2)(torch.randn(1, 4, 5, 5), output_size=(11, 12)).shape)

w = torch.randn(3, 2, 3, 3)
inp = torch.randn(1, 3, 4, 4)
print(torch.conv_transpose2d(inp, w, None, 2, 1, 1))
print(F.conv_transpose2d(inp, w, torch.ones(2), stride=2, padding=1, output_padding=1).grad_fn)
print(torch.conv_transpose1d(torch.randn(1, 3, 4), w[:, :, 0], stride=2).shape)

conv = nn.ConvTranspose2d(4, 3, 3, stride=2)
attempt('output_size out of range:', lambda: conv(torch.randn(2, 4, 5, 5), output_size=(13, 11)))
attempt('output_size wrong length:', lambda: conv(torch.randn(2, 4, 5, 5), output_size=(5,)))
attempt('output_size list out of range:', lambda: conv(torch.randn(2, 4, 5, 5), output_size=[2, 3, 10, 11]))
attempt('padding_mode:', lambda: nn.ConvTranspose2d(4, 3, 3, padding_mode='reflect'))
attempt('groups zero:', lambda: nn.ConvTranspose2d(4, 3, 3, groups=0))
attempt('groups in:', lambda: nn.ConvTranspose1d(4, 3, 3, groups=3))
attempt('groups out:', lambda: nn.ConvTranspose1d(3, 4, 3, groups=3))
x = torch.randn(2, 4, 5, 5)
w = torch.randn(4, 3, 3, 3)
b = torch.randn(3)
attempt('output padding:', lambda: F.conv_transpose2d(x, w, b, output_padding=2, stride=2))
attempt('output padding 1d:', lambda: F.conv_transpose1d(x[0, :, 0].unsqueeze(0), w[:, :, 0], b, output_padding=2))
attempt('negative output padding:', lambda: F.conv_transpose2d(x, w, b, output_padding=-1))
attempt('channels:', lambda: F.conv_transpose2d(x[:, :3], w, b))
attempt('bias:', lambda: F.conv_transpose2d(x, w, torch.randn(4)))
attempt('groups:', lambda: F.conv_transpose2d(x, w, b, groups=3))
attempt('groups bias:', lambda: F.conv_transpose2d(x, w, b, groups=2))
attempt('too small:', lambda: F.conv_transpose2d(x, w, b, padding=4))
attempt('negative padding:', lambda: F.conv_transpose2d(x, w, b, padding=-1))
attempt('stride:', lambda: F.conv_transpose2d(x, w, b, stride=0))
attempt('dilation:', lambda: F.conv_transpose2d(x, w, b, dilation=0))
attempt('empty kernel:', lambda: F.conv_transpose2d(x, w[:, :, :0], b))
attempt('input dims:', lambda: F.conv_transpose2d(x[0, 0], w, b))
attempt('weight dims:', lambda: F.conv_transpose2d(x, w[:, :, :, 0], b))
attempt('string padding:', lambda: F.conv_transpose2d(x, w, b, padding='same'))
attempt('stride length:', lambda: F.conv_transpose2d(x, w, b, stride=(1, 2, 3)))
attempt('dtype:', lambda: F.conv_transpose2d(x.double(), w, b))
attempt('bias dtype:', lambda: F.conv_transpose2d(x, w, b.double()))

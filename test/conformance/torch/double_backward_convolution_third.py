# Third derivatives through float64 convolutions: the input's second derivative holds a transposed convolution
# (ConvolutionBackward0 on grad_output and the weight's gradient), differentiated once more, against PyTorch
# over 1-d and 2-d convolutions with stride, padding, dilation, groups, batches and bias.
import torch
import torch.nn.functional as F


def third(name, dtype, input_shape, weight_shape, bias, **options):
    torch.manual_seed(len(name))
    x = torch.randn(*input_shape).to(dtype).requires_grad_()
    w = torch.randn(*weight_shape).to(dtype).requires_grad_()
    b = torch.randn(weight_shape[0]).to(dtype).requires_grad_() if bias else None
    conv = F.conv2d if len(input_shape) == 4 else F.conv1d
    params = [x, w] + ([b] if bias else [])
    y = conv(x, w, b, **options)
    first = torch.autograd.grad((y * y).sum(), params, create_graph=True)
    second = torch.autograd.grad(sum((g * g).sum() for g in first), params, create_graph=True)
    print(name, dtype, 'second', [g.grad_fn.name() for g in second])
    for label, g in zip('xwb', torch.autograd.grad(sum((g * g).sum() for g in second), params)):
        print(name, dtype, 'third d' + label, g.flatten().tolist())


dtype = torch.float64
third('1d', dtype, (1, 2, 6), (3, 2, 3), True, padding=1)
third('1d strided', dtype, (2, 2, 7), (3, 2, 2), False, stride=2)
third('2d', dtype, (1, 2, 5, 5), (3, 2, 3, 3), True, padding=1)
third('2d batch dilated', dtype, (2, 2, 6, 6), (2, 2, 2, 2), False, dilation=2)
third('2d groups', dtype, (1, 4, 5, 5), (4, 2, 3, 3), True, groups=2, stride=2)
third('2d 1x1', dtype, (3, 3, 4, 4), (2, 3, 1, 1), True)
third('2d wide', dtype, (2, 4, 9, 9), (5, 4, 5, 5), True, padding=2)

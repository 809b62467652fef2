# Mixed second derivatives of convolutions against PyTorch, bit for bit: a gradient penalty on the input
# gradient (WGAN-GP style), a Hessian-vector product of the weight gradient and the bias gradient's square,
# each differentiated with respect to every input, over the backends PyTorch picks (oneDNN blocks, im2col +
# BLAS, groups, depthwise, 1x1, strided, dilated, 1-d). float64 uses polynomial losses only.
import torch
import torch.nn.functional as F


def conv_case(name, dtype, input_shape, weight_shape, bias, **options):
    torch.manual_seed(len(name))
    xs = torch.randn(*input_shape).to(dtype).requires_grad_()
    ws = torch.randn(*weight_shape).to(dtype).requires_grad_()
    bs = torch.randn(weight_shape[0]).to(dtype).requires_grad_() if bias else None
    conv = F.conv2d if len(input_shape) == 4 else F.conv1d
    params = [xs, ws] + ([bs] if bias else [])
    squash = torch.tanh if dtype == torch.float32 else (lambda t: t * t)

    (grad_input,) = torch.autograd.grad(squash(conv(xs, ws, bs, **options)).sum(), xs, create_graph=True)
    for label, g in zip("xwb", torch.autograd.grad((grad_input * grad_input).sum(), params)):
        print(name, dtype, "penalty d" + label, g.flatten().tolist())
    out = conv(xs, ws, bs, **options)
    (grad_weight,) = torch.autograd.grad((out * out).sum(), ws, create_graph=True)
    for label, g in zip("xwb", torch.autograd.grad((grad_weight * grad_weight).sum(), params)):
        print(name, dtype, "hvp d" + label, g.flatten().tolist())
    if bias:
        out = conv(xs, ws, bs, **options)
        (grad_bias,) = torch.autograd.grad((out * out).sum(), bs, create_graph=True)
        for label, g in zip("xwb", torch.autograd.grad((grad_bias * grad_bias).sum(), params)):
            print(name, dtype, "bias d" + label, g.flatten().tolist())


conv_case("basic", torch.float32, (2, 3, 6, 6), (4, 3, 3, 3), True, padding=1)
conv_case("strided", torch.float32, (2, 3, 7, 7), (5, 3, 3, 3), True, stride=2)
conv_case("dilated", torch.float32, (1, 2, 8, 8), (3, 2, 3, 3), False, dilation=2, padding=1)
conv_case("one_sample", torch.float32, (1, 1, 5, 5), (2, 1, 3, 3), True)
conv_case("groups", torch.float32, (2, 4, 6, 6), (4, 2, 3, 3), False, groups=2)
conv_case("groups_of_8", torch.float32, (2, 16, 5, 5), (16, 8, 3, 3), False, groups=2, padding=1)
conv_case("depthwise", torch.float32, (2, 3, 5, 5), (3, 1, 3, 3), True, groups=3, padding=1)
conv_case("pointwise", torch.float32, (3, 4, 4, 4), (2, 4, 1, 1), True)
conv_case("wide", torch.float32, (2, 16, 6, 6), (20, 16, 3, 3), True, padding=1)
conv_case("big_kernel", torch.float32, (2, 3, 9, 9), (4, 3, 5, 5), True, padding=2)
conv_case("conv1d", torch.float32, (2, 3, 9), (4, 3, 3), True, stride=2)
conv_case("basic", torch.float64, (2, 3, 6, 6), (4, 3, 3, 3), False, padding=1)
conv_case("strided", torch.float64, (2, 3, 7, 7), (5, 3, 3, 3), False, stride=2)
conv_case("groups", torch.float64, (2, 4, 6, 6), (4, 2, 3, 3), False, groups=2)
conv_case("conv1d", torch.float64, (2, 3, 9), (4, 3, 3), False, stride=2, dilation=2)

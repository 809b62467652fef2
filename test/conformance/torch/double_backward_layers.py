# Second and third derivatives through convolution, pooling, embedding and dropout: the graph a first derivative
# builds under create_graph=True (walked through next_functions), and the values of the higher derivatives.
import torch
import torch.nn.functional as F


def walk(node, depth=1, seen=None):
    # seen keeps the visited nodes alive, so their ids stay unique
    seen = {} if seen is None else seen
    if node is None:
        print("  " * depth + "None")
        return
    if id(node) in seen or depth > 8:
        print("  " * depth + node.name() + " ...")
        return
    seen[id(node)] = node
    print("  " * depth + node.name())
    for next_node, _ in node.next_functions:
        walk(next_node, depth + 1, seen)


torch.manual_seed(0)
x = torch.randn(2, 3, 6, 6, requires_grad=True)
x3 = torch.randn(3, 7, 5, requires_grad=True)
x1 = torch.randn(2, 3, 9, requires_grad=True)
w = torch.randn(4, 3, 3, 3, requires_grad=True)
w1 = torch.randn(4, 3, 3, requires_grad=True)
b = torch.randn(4, requires_grad=True)
table = torch.randn(6, 3, requires_grad=True)
rows = torch.tensor([[0, 2, 2], [5, 1, 2]])
mask = torch.rand(2, 3, 6, 6) > 0.5

cases = {
    "conv2d": (x, lambda: F.conv2d(x, w, b, padding=1)),
    "conv2d_wrt_weight": (w, lambda: F.conv2d(x, w, b, stride=2)),
    "conv2d_wrt_bias": (b, lambda: F.conv2d(x, w, b, dilation=2)),
    "conv1d": (x1, lambda: F.conv1d(x1, w1, b, stride=2)),
    "conv1d_wrt_weight": (w1, lambda: F.conv1d(x1, w1, padding=2)),
    "max_pool2d": (x, lambda: F.max_pool2d(x, 2)),
    "max_pool2d_padded": (x3, lambda: F.max_pool2d(x3, 3, stride=2, padding=1, ceil_mode=True)),
    "max_pool2d_dilated": (x, lambda: F.max_pool2d(x, 2, stride=1, dilation=2)),
    "avg_pool2d": (x, lambda: F.avg_pool2d(x, 2)),
    "avg_pool2d_padded": (x3, lambda: F.avg_pool2d(x3, 3, stride=2, padding=1, count_include_pad=False, ceil_mode=True)),
    "avg_pool2d_divisor": (x, lambda: F.avg_pool2d(x, 3, stride=2, padding=1, divisor_override=5)),
    "adaptive_avg_pool2d": (x, lambda: F.adaptive_avg_pool2d(x, (4, 3))),
    "adaptive_avg_pool2d_unbatched": (x3, lambda: F.adaptive_avg_pool2d(x3, 3)),
    "embedding": (table, lambda: F.embedding(rows, table)),
    "embedding_padding_idx": (table, lambda: F.embedding(rows, table, padding_idx=2)),
    "dropout": (x, lambda: x * mask / 0.5),
}

for name, (leaf, f) in cases.items():
    out = f()
    (first,) = torch.autograd.grad((out * out * out).sum(), leaf, create_graph=True)
    print(name, first.flatten().tolist())
    walk(first.grad_fn)
    (second,) = torch.autograd.grad((first * first).sum(), leaf, create_graph=True)
    print("  second:", second.flatten().tolist())
    walk(second.grad_fn)
    (third,) = torch.autograd.grad(second.sum(), leaf)
    print("  third:", third.flatten().tolist())


# Mixed second derivatives of convolutions: a gradient penalty on the input gradient (WGAN-GP style), a
# Hessian-vector product of the weight gradient and the bias gradient's square, each differentiated with
# respect to every input, over the backends PyTorch picks (oneDNN blocks, im2col + BLAS, groups, depthwise,
# 1x1, strided, dilated, 1-d). float64 uses polynomial losses only.
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
conv_case("depthwise", torch.float32, (2, 3, 5, 5), (3, 1, 3, 3), True, groups=3, padding=1)
conv_case("pointwise", torch.float32, (3, 4, 4, 4), (2, 4, 1, 1), True)
conv_case("wide", torch.float32, (2, 16, 6, 6), (20, 16, 3, 3), True, padding=1)
conv_case("big_kernel", torch.float32, (2, 3, 9, 9), (4, 3, 5, 5), True, padding=2)
conv_case("conv1d", torch.float32, (2, 3, 9), (4, 3, 3), True, stride=2)
conv_case("conv1d_same", torch.float32, (3, 2, 8), (3, 2, 4), True, padding="same")
conv_case("basic", torch.float64, (2, 3, 6, 6), (4, 3, 3, 3), False, padding=1)
conv_case("strided", torch.float64, (2, 3, 7, 7), (5, 3, 3, 3), False, stride=2)
conv_case("groups", torch.float64, (2, 4, 6, 6), (4, 2, 3, 3), False, groups=2)
conv_case("conv1d", torch.float64, (2, 3, 9), (4, 3, 3), False, stride=2, dilation=2)

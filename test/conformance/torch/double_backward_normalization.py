# Mixed second derivatives of layer_norm and batch_norm against PyTorch, bit for bit: the input gradient's
# square (a gradient penalty) and the weight and bias gradients' powers, differentiated with respect to the
# input, weight and bias, with and without affine parameters, batch_norm in training (with and without running
# statistics) and evaluation.
import torch
import torch.nn.functional as F

torch.manual_seed(0)


def differentiate_twice(name, normalize, x, weight, bias):
    params = [x] + ([weight, bias] if weight is not None else [])
    (grad_input,) = torch.autograd.grad((normalize() ** 3).sum(), x, create_graph=True)
    for label, g in zip("xwb", torch.autograd.grad((grad_input * grad_input).sum(), params, allow_unused=True)):
        print(name, "penalty d" + label, None if g is None else g.flatten().tolist())
    if weight is not None:
        grad_weight, grad_bias = torch.autograd.grad((normalize() ** 3).sum(), [weight, bias], create_graph=True)
        loss = (grad_weight * grad_weight).sum() + (grad_bias * grad_bias * grad_bias).sum()
        for label, g in zip("xwb", torch.autograd.grad(loss, params, allow_unused=True)):
            print(name, "parameters d" + label, None if g is None else g.flatten().tolist())


for shape, normalized, affine in [((2, 3, 5), (5,), True), ((4, 6), (6,), False), ((2, 3, 4, 5), (4, 5), True), ((3, 20), (20,), True)]:
    x = torch.randn(*shape, requires_grad=True)
    weight = torch.randn(*normalized, requires_grad=True) if affine else None
    bias = torch.randn(*normalized, requires_grad=True) if affine else None
    differentiate_twice(f"layer_norm {shape}", lambda: F.layer_norm(x, normalized, weight, bias), x, weight, bias)

for shape, affine, training, tracked in [
    ((4, 3, 5), True, True, True),
    ((6, 4), False, True, False),
    ((2, 3, 4, 5), True, True, False),
    ((8, 3), True, True, True),
    ((2, 20, 3, 3), True, True, True),
    ((2, 3, 4, 5), True, False, True),
    ((5, 3), False, False, True),
]:
    channels = shape[1]
    x = torch.randn(*shape, requires_grad=True)
    weight = torch.randn(channels, requires_grad=True) if affine else None
    bias = torch.randn(channels, requires_grad=True) if affine else None
    running_mean = torch.randn(channels) * 0.1 if tracked else None
    running_var = torch.rand(channels) + 0.5 if tracked else None
    differentiate_twice(
        f"batch_norm {shape} training={training}",
        lambda: F.batch_norm(x, running_mean, running_var, weight, bias, training=training),
        x,
        weight,
        bias,
    )
    if tracked:
        print("running statistics", running_mean.tolist(), running_var.tolist())

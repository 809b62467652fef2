# The graph a first derivative builds under create_graph=True, walked through next_functions, and the second
# derivative it gives, for each op family: the backward formulas are themselves differentiable ops.
import torch
import torch.nn.functional as F


def walk(node, depth=1, seen=None):
    # seen keeps the visited nodes alive, so their ids stay unique
    seen = {} if seen is None else seen
    if node is None:
        print("  " * depth + "None")
        return
    if id(node) in seen or depth > 7:
        print("  " * depth + node.name() + " ...")
        return
    seen[id(node)] = node
    print("  " * depth + node.name())
    for next_node, _ in node.next_functions:
        walk(next_node, depth + 1, seen)


x = torch.tensor([0.5, -1.25, 2.0, 0.75], requires_grad=True)
m = torch.tensor([[0.5, -1.0, 2.0, 0.25], [1.5, 3.0, -2.0, 0.5], [0.1, -0.3, 0.7, 1.1]], requires_grad=True)
y = torch.tensor([1.5, -0.5, 0.25, 2.0])
index = torch.tensor([[0, 3], [2, 2], [1, 0]])

cases = {
    "index_list": (x, lambda: x[[0, 0, 3]]),
    "index_mask": (x, lambda: x[x > 0]),
    "index_2d": (m, lambda: m[[0, 2], 1:]),
    "index_tensor_pair": (m, lambda: m[torch.tensor([0, 2]), torch.tensor([3, 1])]),
    "index_select": (x, lambda: x.index_select(0, torch.tensor([0, 0, 2]))),
    "index_select_dim1": (m, lambda: m.index_select(1, torch.tensor([3, 1]))),
    "gather": (m, lambda: m.gather(1, index)),
    "max_dim": (m, lambda: m.max(0)[0]),
    "max_dim_keepdim": (m, lambda: m.max(1, keepdim=True).values),
    "min_dim": (m, lambda: m.min(1)[0]),
    "max_all": (x, lambda: x.max()),
    "min_all": (x, lambda: x.min()),
    "amax": (m, lambda: m.amax(1)),
    "unbind": (m, lambda: m.unbind(0)[1]),
    "unbind_dim1": (m, lambda: m.unbind(1)[2] * m.unbind(1)[0]),
    "split": (m, lambda: m.split(2, 1)[1]),
    "chunk": (m, lambda: m.chunk(3, 0)[2]),
    "narrow": (m, lambda: m.narrow(1, 1, 2)),
    "select": (m, lambda: m[1]),
    "slice_step": (x, lambda: x[::2]),
    "cat": (x, lambda: torch.cat([x, x * 2])),
    "stack": (x, lambda: torch.stack([x, x.flip(0)])),
    "repeat": (x, lambda: x.repeat(2)),
    "expand": (x, lambda: x.expand(2, 4)),
    "flip": (x, lambda: x.flip(0)),
    "pow": (x, lambda: x**3),
    "pow_half": (x, lambda: (x * x) ** 0.5),
    "sqrt": (x, lambda: (x * x + 1).sqrt()),
    "rsqrt": (x, lambda: (x * x + 1).rsqrt()),
    "exp": (x, lambda: x.exp()),
    "log": (x, lambda: (x * x).log()),
    "log1p": (x, lambda: (x * x).log1p()),
    "sin": (x, lambda: x.sin()),
    "cos": (x, lambda: x.cos()),
    "tanh": (x, lambda: x.tanh()),
    "sigmoid": (x, lambda: x.sigmoid()),
    "abs": (x, lambda: x.abs() * x),
    "reciprocal": (x, lambda: 1 / x),
    "div": (x, lambda: x / y),
    "mul_scalar": (x, lambda: x * 3 * x),
    "sub_rsub": (x, lambda: (2 - x) * x),
    "sum_dim": (m, lambda: m.sum(1)),
    "mean_dim": (m, lambda: m.mean(0)),
    "prod": (x, lambda: x.prod()),
    "var": (m, lambda: m.var(1)),
    "std": (m, lambda: m.std()),
    "norm": (x, lambda: x.norm()),
    "logsumexp": (m, lambda: m.logsumexp(1)),
    "softmax": (m, lambda: m.softmax(1)),
    "log_softmax": (m, lambda: m.log_softmax(0)),
    "cumsum": (x, lambda: x.cumsum(0)),
    "mm": (m, lambda: m @ m.t()),
    "mv": (m, lambda: m.mv(x)),
    "dot": (x, lambda: x.dot(x)),
    "outer": (x, lambda: x.outer(x)),
    "where": (x, lambda: torch.where(x > 0, x * x, -x)),
    "clamp": (x, lambda: x.clamp(-1.0, 1.0)),
    "relu": (x, lambda: x.relu()),
    "maximum": (x, lambda: torch.maximum(x, x.flip(0))),
    "reshape": (m, lambda: m.reshape(4, 3)),
    "permute_transpose": (m, lambda: m.t().transpose(0, 1)),
    "squeeze_unsqueeze": (x, lambda: x.unsqueeze(0).squeeze(0)),
    "mse_loss": (x, lambda: torch.nn.functional.mse_loss(x, torch.zeros(4))),
    "bce_logits": (x, lambda: torch.nn.functional.binary_cross_entropy_with_logits(x, torch.tensor([1.0, 0.0, 1.0, 0.0]))),
}

for name, (leaf, f) in cases.items():
    try:
        out = f()
        (first,) = torch.autograd.grad((out**2).sum(), leaf, create_graph=True)
        print(name, first.tolist())
        walk(first.grad_fn)
        (second,) = torch.autograd.grad(first.sum(), leaf, allow_unused=True)
        print("  second:", None if second is None else second.tolist())
    except Exception as e:
        print("  ", type(e).__name__, e)

# setitem: the write's backward, differentiated again
w = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
buffer = torch.zeros(4)
buffer[[0, 2]] = w[:2] * w[2:]
(first,) = torch.autograd.grad((buffer**2).sum(), w, create_graph=True)
print("index_put", first.tolist())
walk(first.grad_fn)
print("  second:", torch.autograd.grad(first.sum(), w)[0].tolist())

buffer = torch.zeros(2, 4)
buffer[1] = w * w
buffer[0, 1:3] = w[1:3]
(first,) = torch.autograd.grad((buffer**3).sum(), w, create_graph=True)
print("copy_slices", first.tolist())
walk(first.grad_fn)
print("  second:", torch.autograd.grad(first.sum(), w)[0].tolist())

# a Hessian through an indexing-heavy function
def f(t):
    return (t[[0, 1, 1]] * t.index_select(0, torch.tensor([3, 2, 0]))).sum() + t.max() ** 2 + t.unbind(0)[2] ** 3


(g,) = torch.autograd.grad(f(x), x, create_graph=True)
print([torch.autograd.grad(g[i], x, retain_graph=True)[0].tolist() for i in range(4)])


# Layers: convolution, pooling, normalization, embedding and dropout, differentiated a second and a third time.
torch.manual_seed(0)
x = torch.randn(2, 3, 6, 6, requires_grad=True)
x3 = torch.randn(3, 7, 5, requires_grad=True)
x1 = torch.randn(2, 3, 9, requires_grad=True)
w = torch.randn(4, 3, 3, 3, requires_grad=True)
w1 = torch.randn(4, 3, 3, requires_grad=True)
b = torch.randn(4, requires_grad=True)
table = torch.randn(6, 3, requires_grad=True)
rows = torch.tensor([[0, 2, 2], [5, 1, 2]])
gamma = torch.randn(6, requires_grad=True)
beta = torch.randn(6, requires_grad=True)
scale = torch.randn(3, requires_grad=True)
shift = torch.randn(3, requires_grad=True)
running_mean = torch.randn(3) * 0.1
running_var = torch.rand(3) + 0.5
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
    "layer_norm": (x, lambda: F.layer_norm(x, (6,), gamma, beta)),
    "layer_norm_wrt_weight": (gamma, lambda: F.layer_norm(x, (6,), gamma, beta)),
    "layer_norm_wrt_bias": (beta, lambda: F.layer_norm(x, (6,), gamma, beta)),
    "layer_norm_2d_no_affine": (x3, lambda: F.layer_norm(x3, (7, 5))),
    "batch_norm": (x, lambda: F.batch_norm(x, None, None, scale, shift, training=True)),
    "batch_norm_wrt_weight": (scale, lambda: F.batch_norm(x, None, None, scale, shift, training=True)),
    "batch_norm_wrt_bias": (shift, lambda: F.batch_norm(x1, None, None, scale, shift, training=True)),
    "batch_norm_no_affine": (x1, lambda: F.batch_norm(x1, None, None, training=True)),
    "batch_norm_eval": (x, lambda: F.batch_norm(x, running_mean, running_var, scale, shift, training=False)),
    "batch_norm_eval_wrt_weight": (scale, lambda: F.batch_norm(x, running_mean, running_var, scale, shift, training=False)),
    "embedding": (table, lambda: F.embedding(rows, table)),
    "embedding_padding_idx": (table, lambda: F.embedding(rows, table, padding_idx=2)),
    "dropout": (x, lambda: x * mask / 0.5),
    "functional_dropout": (x, lambda: F.dropout(x, 0.25, training=True)),
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

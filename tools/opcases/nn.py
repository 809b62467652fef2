"""Op cases for torch.nn.functional: activations and losses (see tools/gen_op_fixtures.py). Targets and weights
are inputs that are not tracked ('unit', 'weight', 'bool_float', 'index:N'); soft class targets are 'unit'
rows normalised to sum to 1."""
import torch
import torch.nn.functional as F


def rows(t):
    return t / t.sum(1, keepdim=True)


CASES = [
    # activations
    ("leaky_relu", F.leaky_relu, [((40,), "randn")]),
    ("leaky_relu_slope", lambda a: F.leaky_relu(a, 0.2), [((3, 7), "randn")]),
    ("leaky_relu_float64", lambda a: F.leaky_relu(a.double(), 0.1), [((20,), "randn")]),
    ("elu", F.elu, [((40,), "randn")]),
    ("elu_alpha", lambda a: F.elu(a * 3, alpha=0.5), [((5, 4), "randn")]),
    ("elu_float64", lambda a: F.elu(a.double()), [((20,), "randn")]),
    ("gelu", F.gelu, [((40,), "randn")]),
    # forward only: for x < -5 PyTorch's float32 gradient (oneDNN's approximation) is rounding noise near 0
    ("gelu_wide", lambda a: F.gelu(a.detach() * 4), [((64,), "randn")]),
    ("gelu_tanh", lambda a: F.gelu(a * 2, approximate="tanh"), [((40,), "randn")]),
    ("gelu_float64", lambda a: F.gelu(a.double() * 2), [((20,), "randn")]),
    ("gelu_tanh_float64", lambda a: F.gelu(a.double() * 2, approximate="tanh"), [((20,), "randn")]),
    ("silu", F.silu, [((40,), "randn")]),
    ("silu_float64", lambda a: F.silu(a.double() * 3), [((20,), "randn")]),
    ("softplus", lambda a: F.softplus(a * 3), [((40,), "randn")]),
    ("softplus_beta_threshold", lambda a: F.softplus(a * 5, beta=2, threshold=4), [((40,), "randn")]),
    ("softplus_float64", lambda a: F.softplus(a.double() * 3), [((20,), "randn")]),
    # regression losses
    ("mse_mean", F.mse_loss, [((4, 5), "randn"), ((4, 5), "randn")]),
    ("l1_mean", F.l1_loss, [((4, 5), "randn"), ((4, 5), "randn")]),
    ("l1_sum", lambda a, b: F.l1_loss(a, b, reduction="sum"), [((4, 5), "randn"), ((4, 5), "randn")]),
    ("l1_none", lambda a, b: F.l1_loss(a, b, reduction="none"), [((4, 5), "randn"), ((4, 5), "randn")]),
    ("smooth_l1_mean", lambda a, b: F.smooth_l1_loss(a * 2, b), [((6, 5), "randn"), ((6, 5), "randn")]),
    ("smooth_l1_beta_sum", lambda a, b: F.smooth_l1_loss(a * 2, b, beta=0.5, reduction="sum"), [((6, 5), "randn"), ((6, 5), "randn")]),
    ("smooth_l1_beta0_none", lambda a, b: F.smooth_l1_loss(a, b, beta=0.0, reduction="none"), [((10,), "randn"), ((10,), "randn")]),
    ("smooth_l1_float64", lambda a, b: F.smooth_l1_loss(a.double() * 2, b.double()), [((10,), "randn"), ((10,), "randn")]),
    ("huber_mean", lambda a, b: F.huber_loss(a * 2, b), [((6, 5), "randn"), ((6, 5), "randn")]),
    ("huber_delta_none", lambda a, b: F.huber_loss(a * 2, b, delta=0.7, reduction="none"), [((12,), "randn"), ((12,), "randn")]),
    ("huber_sum", lambda a, b: F.huber_loss(a * 2, b, reduction="sum"), [((6, 5), "randn"), ((6, 5), "randn")]),
    # binary cross entropy
    ("bce_mean", lambda a, b: F.binary_cross_entropy(torch.sigmoid(a), b), [((4, 5), "randn"), ((4, 5), "unit")]),
    ("bce_hard_targets", lambda a, b: F.binary_cross_entropy(torch.sigmoid(a * 3), b), [((30,), "randn"), ((30,), "bool_float")]),
    ("bce_weight_sum", lambda a, b, w: F.binary_cross_entropy(torch.sigmoid(a), b, weight=w, reduction="sum"), [((4, 5), "randn"), ((4, 5), "unit"), ((5,), "weight")]),
    ("bce_none", lambda a, b: F.binary_cross_entropy(torch.sigmoid(a), b, reduction="none"), [((4, 5), "randn"), ((4, 5), "unit")]),
    ("bce_float64", lambda a, b: F.binary_cross_entropy(torch.sigmoid(a.double()), b.double()), [((10,), "randn"), ((10,), "unit")]),
    ("bce_logits_mean", lambda a, b: F.binary_cross_entropy_with_logits(a * 2, b), [((4, 5), "randn"), ((4, 5), "bool_float")]),
    ("bce_logits_pos_weight", lambda a, b, p: F.binary_cross_entropy_with_logits(a * 2, b, pos_weight=p), [((4, 5), "randn"), ((4, 5), "bool_float"), ((5,), "weight")]),
    ("bce_logits_weight_sum", lambda a, b, w, p: F.binary_cross_entropy_with_logits(a, b, weight=w, pos_weight=p, reduction="sum"), [((3, 4), "randn"), ((3, 4), "unit"), ((4,), "weight"), ((4,), "weight")]),
    ("bce_logits_none", lambda a, b: F.binary_cross_entropy_with_logits(a, b, reduction="none"), [((3, 4), "randn"), ((3, 4), "unit")]),
    # nll and cross entropy
    ("nll_mean", lambda a, t: F.nll_loss(F.log_softmax(a, 1), t), [((6, 4), "randn"), ((6,), "index:4")]),
    ("nll_weight_ignore", lambda a, t, w: F.nll_loss(a, t, weight=w, ignore_index=1), [((40, 5), "randn"), ((40,), "index:5"), ((5,), "weight")]),
    ("nll_sum_large", lambda a, t: F.nll_loss(a, t, reduction="sum"), [((300, 3), "randn"), ((300,), "index:3")]),
    ("nll_none", lambda a, t: F.nll_loss(a, t, reduction="none"), [((6, 4), "randn"), ((6,), "index:4")]),
    ("nll_1d", lambda a, t: F.nll_loss(a, t[0]), [((5,), "randn"), ((1,), "index:5")]),
    ("nll_4d", lambda a, t: F.nll_loss(a, t), [((2, 3, 4, 5), "randn"), ((2, 4, 5), "index:3")]),
    ("nll_3d_none", lambda a, t: F.nll_loss(a, t, reduction="none"), [((2, 3, 5), "randn"), ((2, 5), "index:3")]),
    ("cross_entropy", F.cross_entropy, [((8, 5), "randn"), ((8,), "index:5")]),
    ("cross_entropy_large", F.cross_entropy, [((100, 10), "randn"), ((100,), "index:10")]),
    ("cross_entropy_float64", lambda a, t: F.cross_entropy(a.double(), t), [((8, 5), "randn"), ((8,), "index:5")]),
    ("cross_entropy_weight_ignore", lambda a, t, w: F.cross_entropy(a, t, weight=w, ignore_index=0), [((12, 4), "randn"), ((12,), "index:4"), ((4,), "weight")]),
    ("cross_entropy_sum", lambda a, t: F.cross_entropy(a, t, reduction="sum"), [((8, 5), "randn"), ((8,), "index:5")]),
    ("cross_entropy_none", lambda a, t: F.cross_entropy(a, t, reduction="none"), [((8, 5), "randn"), ((8,), "index:5")]),
    ("cross_entropy_3d", F.cross_entropy, [((2, 4, 3), "randn"), ((2, 3), "index:4")]),
    ("cross_entropy_smoothing", lambda a, t: F.cross_entropy(a, t, label_smoothing=0.1), [((8, 5), "randn"), ((8,), "index:5")]),
    ("cross_entropy_smoothing_weight", lambda a, t, w: F.cross_entropy(a, t, weight=w, label_smoothing=0.2, ignore_index=2), [((8, 5), "randn"), ((8,), "index:5"), ((5,), "weight")]),
    ("cross_entropy_smoothing_none", lambda a, t: F.cross_entropy(a, t, label_smoothing=0.3, reduction="none"), [((8, 5), "randn"), ((8,), "index:5")]),
    ("cross_entropy_probs", lambda a, b: F.cross_entropy(a, rows(b)), [((6, 4), "randn"), ((6, 4), "unit")]),
    ("cross_entropy_probs_weight_sum", lambda a, b, w: F.cross_entropy(a, rows(b), weight=w, reduction="sum"), [((6, 4), "randn"), ((6, 4), "unit"), ((4,), "weight")]),
    ("cross_entropy_probs_smoothing_none", lambda a, b: F.cross_entropy(a, rows(b), label_smoothing=0.1, reduction="none"), [((6, 4), "randn"), ((6, 4), "unit")]),
    # kl divergence
    ("kl_div_sum", lambda a, b: F.kl_div(F.log_softmax(a, 1), rows(b), reduction="sum"), [((4, 5), "randn"), ((4, 5), "unit")]),
    ("kl_div_batchmean", lambda a, b: F.kl_div(F.log_softmax(a, 1), rows(b), reduction="batchmean"), [((4, 5), "randn"), ((4, 5), "unit")]),
    ("kl_div_log_target_none", lambda a, b: F.kl_div(F.log_softmax(a, 1), torch.log(rows(b)), reduction="none", log_target=True), [((4, 5), "randn"), ((4, 5), "unit")]),
    ("kl_div_zero_target", lambda a, b: F.kl_div(a, b, reduction="sum"), [((10,), "randn"), ((10,), "bool_float")]),
    # layouts and lookups
    ("embedding", lambda w, i: F.embedding(i, w), [((6, 3), "randn"), ((2, 4), "index:6")]),
    ("embedding_padding", lambda w, i: F.embedding(i, w, padding_idx=2), [((6, 3), "randn"), ((10,), "index:6")]),
    ("pad_constant", lambda a: F.pad(a, (1, 2, 0, 1), value=0.5), [((2, 3, 4), "randn")]),
    ("pad_reflect", lambda a: F.pad(a, (2, 1), mode="reflect"), [((2, 5), "randn")]),
    ("pad_reflect_2d", lambda a: F.pad(a, (1, 2, 2, 1), mode="reflect"), [((1, 2, 3, 4), "randn")]),
    ("pad_replicate", lambda a: F.pad(a, (3, 1), mode="replicate"), [((2, 2, 3), "randn")]),
    ("normalize", F.normalize, [((4, 5), "randn")]),
    ("normalize_p1_dim0", lambda a: F.normalize(a, p=1.0, dim=0), [((4, 5), "randn")]),
    ("linear_3d", lambda a, w, b: F.linear(a, w, b), [((2, 3, 4), "randn"), ((5, 4), "randn"), ((5,), "randn")]),
    ("linear_4d_no_bias", lambda a, w: F.linear(a, w), [((2, 2, 3, 4), "randn"), ((5, 4), "randn")]),
    ("bilinear", lambda a, b, w, c: F.bilinear(a, b, w, c), [((3, 2), "randn"), ((3, 4), "randn"), ((5, 2, 4), "randn"), ((5,), "randn")]),
    # float32 activations over 16-element vectors and a scalar tail (SLEEF in the vectors, glibc in the tail)
    ("elu_vector_tail", lambda a: F.elu(a * 3, alpha=0.7), [((53,), "randn")]),
    ("gelu_vector_tail", lambda a: F.gelu(a * 3), [((53,), "randn")]),
    ("gelu_wide_grad", lambda a: F.gelu(a * 4), [((64,), "randn")]),
    ("gelu_tanh_vector_tail", lambda a: F.gelu(a * 3, approximate="tanh"), [((53,), "randn")]),
    ("silu_vector_tail", lambda a: F.silu(a * 4), [((53,), "randn")]),
    ("softplus_vector_tail", lambda a: F.softplus(a * 4, beta=1.5, threshold=3), [((53,), "randn")]),
    ("cross_entropy_smoothing_ignore", lambda a, t: F.cross_entropy(a, t, ignore_index=1, label_smoothing=0.2), [((12, 4), "randn"), ((12,), "index:4")]),
    ("bilinear_3d_no_bias", lambda a, b, w: F.bilinear(a, b, w), [((2, 3, 4), "randn"), ((2, 3, 5), "randn"), ((6, 4, 5), "randn")]),
    ("bilinear_large", lambda a, b, w, c: F.bilinear(a, b, w, c), [((30, 7), "randn"), ((30, 9), "randn"), ((8, 7, 9), "randn"), ((8,), "randn")]),
    # one element: not oneDNN but ATen's scalar loop with glibc's erff
    ("gelu_single", lambda a: F.gelu(a[0] * 2), [((1,), "randn")]),
    ("gelu_single_row", lambda a: F.gelu(a * 1.5), [((1, 1), "randn")]),
    # float64 gelu over many lengths: SLEEF's erf and exp in the vector loop, glibc's in the scalar tail
    ("gelu_lengths_float64", lambda a: gelu_lengths(a.detach().double() * 3), [((300,), "randn")]),
]

GELU_LENGTHS = list(range(1, 41)) + [300]


def gelu_lengths(a):
    """For x = a[:n]: gelu(x) and its gradient for the upstream x / 2."""
    results = []
    for n in GELU_LENGTHS:
        x = a[:n].clone().requires_grad_()
        y = F.gelu(x)
        results += [y.detach(), torch.autograd.grad(y, x, x.detach() / 2)[0]]
    return results

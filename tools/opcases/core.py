"""Op cases for arithmetic, unary math, sums, matmul, views and BCE-with-logits (see tools/gen_op_fixtures.py)."""
import torch
import torch.nn.functional as F

# Sums add in PyTorch's cascade order for every length and layout. Float64 inputs are float32 draws / 3, so
# all 53 bits take part; the inputs are detached, as only the forward's rounding is under test.
SUM_LENGTHS = list(range(1, 71)) + list(range(4095, 4101))
SUM_DIMS = [(0,), (1,), (2,), (0, 1), (1, 2), (0, 2), (2, 0)]


def sum_lengths(a):
    return [a[:n].sum() for n in SUM_LENGTHS] + [a[:n].mean() for n in (16, 64, 4097)]


def sum_layouts(a):
    """Sums and means over every dim combination of a 3-d tensor, as laid out and as three strided views."""
    views = [a, a.transpose(0, 2), a.permute(1, 2, 0), a[:, ::2]]
    sums = [v.sum(dims, keepdim=i % 2 == 1) for v in views for i, dims in enumerate(SUM_DIMS)]
    return sums + [v.mean(dims) for v in views for dims in SUM_DIMS] + [v.sum() for v in views]



def long_columns(a):
    """Column sums 4097 long (rows of `a` repeated, each scaled): 16 vectorised columns and row sums, 3 scalar
    columns, strided views."""
    a = a.repeat(43, 1)[:4097] * (torch.arange(4097, dtype=torch.float64) / 4097 + 0.5)[:, None]
    return [a.sum(0), a[:, :3].sum(0), a.t().sum(1), a[:, 1:].sum(0, keepdim=True), a[::2, ::5].sum(0), a.sum()]


CASES = [
    # arithmetic and broadcasting
    ("add", lambda a, b: a + b, [((3, 4), "randn"), ((4,), "randn")]),
    ("add_scalar", lambda a: a + 2.5, [((2, 3), "randn")]),
    ("sub", lambda a, b: a - b, [((2, 1, 3), "randn"), ((4, 1), "randn")]),
    ("rsub_scalar", lambda a: 1 - a, [((5,), "randn")]),
    ("mul", lambda a, b: a * b, [((3, 4), "randn"), ((3, 1), "randn")]),
    ("mul_scalar", lambda a: a * 0.1, [((6,), "randn")]),
    ("div", lambda a, b: a / b, [((3, 4), "randn"), ((4,), "positive")]),
    ("div_int_tensors", lambda a, b: a / (b + 1), [((5,), "int"), ((5,), "int")]),
    ("neg", lambda a: -a, [((2, 2), "randn")]),
    ("pow_2", lambda a: a ** 2, [((7,), "randn")]),
    ("pow_3", lambda a: a ** 3, [((7,), "randn")]),
    ("pow_half", lambda a: a ** 0.5, [((7,), "positive")]),
    ("pow_1_7", lambda a: a ** 1.7, [((7,), "positive")]),
    ("int_plus_float_scalar", lambda a: a + 1.5, [((4,), "int")]),
    ("bool_plus_int", lambda a: a + 1, [((4,), "bool")]),
    ("float64_plus_float32", lambda a, b: a.double() + b, [((3,), "randn"), ((3,), "randn")]),
    # unary math
    ("exp", torch.exp, [((9,), "randn")]),
    ("log", torch.log, [((9,), "positive")]),
    ("sqrt", torch.sqrt, [((9,), "positive")]),
    ("tanh", torch.tanh, [((9,), "randn")]),
    ("sigmoid", torch.sigmoid, [((9,), "randn")]),
    ("relu", torch.relu, [((9,), "randn")]),
    ("clamp", lambda a: a.clamp(-0.5, 0.5), [((9,), "randn")]),
    ("clamp_min", lambda a: a.clamp(min=0.1), [((9,), "randn")]),
    # reductions
    ("sum_all_small", lambda a: a.sum(), [((5,), "randn")]),
    ("sum_all_37", lambda a: a.sum(), [((37,), "randn")]),
    ("sum_all_1000", lambda a: a.sum(), [((10, 100), "randn")]),
    ("sum_dim1", lambda a: a.sum(1), [((6, 20), "randn")]),
    ("sum_dim0", lambda a: a.sum(0), [((20, 6), "randn")]),
    ("sum_dim0_keepdim", lambda a: a.sum(0, keepdim=True), [((40, 3), "randn")]),
    ("sum_middle", lambda a: a.sum(1), [((3, 17, 2), "randn")]),
    ("sum_int", lambda a: a.sum(), [((6,), "int")]),
    ("mean_all", lambda a: a.mean(), [((50,), "randn")]),
    ("mean_dim", lambda a: a.mean(-1), [((4, 33), "randn")]),
    # linear algebra
    ("mm", torch.mm, [((4, 6), "randn"), ((6, 3), "randn")]),
    ("matmul_vec_mat", torch.matmul, [((6,), "randn"), ((6, 3), "randn")]),
    ("matmul_mat_vec", torch.matmul, [((3, 6), "randn"), ((6,), "randn")]),
    ("matmul_dot", torch.matmul, [((10,), "randn"), ((10,), "randn")]),
    ("mm_t", lambda a, b: a.t().mm(b), [((6, 4), "randn"), ((6, 3), "randn")]),
    # views
    ("view", lambda a: a.view(3, 4) * 2, [((12,), "randn")]),
    ("reshape_noncontiguous", lambda a: a.t().reshape(-1) * 2, [((3, 4), "randn")]),
    ("transpose", lambda a: a.transpose(0, 2) * 2, [((2, 3, 4), "randn")]),
    ("permute", lambda a: a.permute(2, 0, 1) * 2, [((2, 3, 4), "randn")]),
    ("unsqueeze_squeeze", lambda a: a.unsqueeze(1).squeeze() * 2, [((3, 4), "randn")]),
    ("expand", lambda a: a.expand(3, 4) * 2, [((1, 4), "randn")]),
    ("select", lambda a: a[1] * 2, [((3, 4), "randn")]),
    # losses
    ("bce_with_logits", lambda a, b: F.binary_cross_entropy_with_logits(a, b), [((8,), "randn"), ((8,), "bool_float")]),
    ("bce_with_logits_sum", lambda a, b: F.binary_cross_entropy_with_logits(a, b, reduction="sum"), [((2, 4), "randn"), ((2, 4), "bool_float")]),
    ("bce_with_logits_none", lambda a, b: F.binary_cross_entropy_with_logits(a, b, reduction="none"), [((5,), "randn"), ((5,), "bool_float")]),
    # sums in PyTorch's kernel order over many lengths and layouts
    ("sum_lengths_float64", lambda a: sum_lengths(a.detach().double() / 3), [((4100,), "randn")]),
    ("sum_lengths_float32", lambda a: sum_lengths(a.detach() / 3), [((4100,), "randn")]),
    ("sum_layouts_float64", lambda a: sum_layouts(a.detach().double() / 3), [((5, 6, 7), "randn")]),
    ("sum_layouts_float32", lambda a: sum_layouts(a.detach() / 3), [((5, 6, 7), "randn")]),
    ("sum_layouts_wide_float64", lambda a: sum_layouts(a.detach().double() / 3), [((3, 10, 37), "randn")]),
    ("sum_long_columns_float64", lambda a: long_columns(a.detach().double() / 3), [((97, 21), "randn")]),
    ("sum_expanded_float64", lambda a: sum_layouts(a.detach().double().div(3).expand(4, 9, 17)), [((9, 1), "randn")]),
]

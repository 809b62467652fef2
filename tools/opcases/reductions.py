"""Op cases for extrema, aminmax, prod, var/std, var_mean/std_mean, nansum/nanmean, norm, logsumexp, softmax, cumsum, all/any and sum/mean with a dtype
(see tools/gen_op_fixtures.py: /usr/bin/python3 tools/gen_op_fixtures.py reductions).

ERRORS are calls PyTorch refuses; gen_op_fixtures.py records each one's exception type and message in
test/fixtures/ops/reductions_errors.json."""

import torch
import torch.nn.functional as F

INF = float("inf")

CASES = [
    # max / min / argmax / amax
    ("max_all", lambda a: a.max(), [((4, 5), "distinct")]),
    ("min_all", lambda a: a.min(), [((4, 5), "distinct")]),
    ("max_all_ties", lambda a: a.max(), [((3, 4), "ties")]),
    ("min_all_ties", lambda a: a.min(), [((9,), "ties")]),
    ("max_dim", lambda a: a.max(1), [((4, 5), "distinct")]),
    ("max_dim0_keepdim", lambda a: a.max(0, keepdim=True), [((4, 5), "distinct")]),
    ("min_dim_neg", lambda a: a.min(-1), [((2, 3, 4), "distinct")]),
    ("max_dim_ties", lambda a: a.max(1), [((4, 6), "ties")]),
    ("min_dim_ties", lambda a: a.min(0), [((5, 3), "ties")]),
    ("max_dim_int", lambda a: a.max(0), [((4, 3), "int")]),
    ("max_bool", lambda a: a.max(), [((5,), "bool")]),
    ("argmax_all", lambda a: a.argmax(), [((4, 5), "distinct")]),
    ("argmin_all_ties", lambda a: a.argmin(), [((12,), "ties")]),
    ("argmax_dim_keepdim", lambda a: a.argmax(1, keepdim=True), [((3, 6), "ties")]),
    ("argmin_dim", lambda a: a.argmin(0), [((3, 6), "distinct")]),
    ("argmax_flat_keepdim", lambda a: a.argmax(keepdim=True), [((2, 3), "distinct")]),
    ("argmax_int", lambda a: a.argmax(0), [((5, 2), "int")]),
    ("amax_dims", lambda a: a.amax((0, 2)), [((3, 4, 2), "ties")]),
    ("amin_all", lambda a: a.amin(), [((3, 4), "ties")]),
    ("amax_keepdim", lambda a: a.amax(1, keepdim=True), [((3, 5), "distinct")]),
    # prod
    ("prod_all", lambda a: a.prod(), [((20,), "positive")]),
    ("prod_all_70", lambda a: a.prod(), [((70,), "positive")]),
    ("prod_all_2d", lambda a: a.prod(), [((5, 9), "positive")]),
    ("prod_dim_last", lambda a: a.prod(1), [((3, 40), "positive")]),
    ("prod_dim0", lambda a: a.prod(0), [((30, 3), "positive")]),
    ("prod_dim0_wide", lambda a: a.prod(0), [((6, 40), "positive")]),
    ("prod_middle_keepdim", lambda a: a.prod(1, keepdim=True), [((3, 7, 2), "positive")]),
    ("prod_all_one_zero", lambda a: a.prod(), [((7,), "one_zero")]),
    ("prod_all_zeros", lambda a: a.prod(), [((3, 4), "zeros")]),
    ("prod_dim_zeros", lambda a: a.prod(1), [((5, 4), "zeros")]),
    ("prod_dim0_one_zero", lambda a: a.prod(0), [((4, 3), "one_zero")]),
    ("prod_int", lambda a: a.prod(), [((6,), "int")]),
    ("prod_bool_dim", lambda a: a.prod(0), [((3, 2), "bool")]),
    # var / std
    ("var_all", lambda a: a.var(), [((37,), "randn")]),
    ("var_all_offset", lambda a: (a + 1000).var(), [((50,), "randn")]),
    ("var_all_2d_biased", lambda a: a.var(unbiased=False), [((6, 7), "randn")]),
    ("var_dim", lambda a: a.var(1), [((5, 23), "randn")]),
    ("var_dim0_keepdim", lambda a: a.var(0, keepdim=True), [((9, 4), "randn")]),
    ("var_dims_correction", lambda a: a.var((0, 2), correction=0), [((3, 4, 5), "randn")]),
    ("var_dim_1d", lambda a: (a + 100).var(0), [((40,), "randn")]),
    ("var_float64", lambda a: a.double().var(1), [((3, 10), "randn")]),
    ("std_all", lambda a: a.std(), [((30,), "randn")]),
    ("std_dim", lambda a: a.std(1, keepdim=True), [((4, 11), "randn")]),
    ("std_dim_biased", lambda a: a.std(0, unbiased=False), [((8, 3), "randn")]),
    # var_mean / std_mean (one Welford pass, also over all elements)
    ("var_mean_all", lambda a: torch.var_mean(a), [((37,), "randn")]),
    ("var_mean_all_2d_offset", lambda a: torch.var_mean(a + 100, False), [((6, 7), "randn")]),
    ("var_mean_dim", lambda a: torch.var_mean(a, 1), [((5, 23), "randn")]),
    ("var_mean_dims_correction", lambda a: torch.var_mean(a, (0, 2), correction=0, keepdim=True), [((3, 4, 5), "randn")]),
    ("var_mean_float64", lambda a: torch.var_mean(a.double(), 0), [((10, 3), "randn")]),
    ("std_mean_all", lambda a: torch.std_mean(a), [((30,), "randn")]),
    ("std_mean_dim_biased", lambda a: torch.std_mean(a, 0, unbiased=False), [((8, 3), "randn")]),
    ("std_mean_float64_keepdim", lambda a: torch.std_mean(a.double(), -1, keepdim=True), [((3, 10), "randn")]),
    ("var_mean_spread_only", lambda a: torch.var_mean(a, 1)[0], [((4, 6), "randn")]),
    ("std_mean_mean_only", lambda a: torch.std_mean(a, 1)[1], [((4, 6), "randn")]),
    # aminmax (no derivative in PyTorch)
    ("aminmax_all", lambda a: torch.aminmax(a.detach()), [((4, 5), "distinct")]),
    ("aminmax_dim", lambda a: a.detach().aminmax(dim=1), [((4, 6), "ties")]),
    ("aminmax_dim0_keepdim", lambda a: torch.aminmax(a.detach(), dim=0, keepdim=True), [((5, 3), "nans")]),
    ("aminmax_int", lambda a: torch.aminmax(a, dim=-1), [((3, 4), "int_signed")]),
    # nansum / nanmean: sum's cascade with NaNs read as zeros
    ("nansum_all", lambda a: a.nansum(), [((300,), "nans")]),
    ("nansum_dim", lambda a: torch.nansum(a, 1), [((5, 40), "nans")]),
    ("nansum_dim0_keepdim", lambda a: a.nansum(0, keepdim=True), [((30, 3), "nans")]),
    ("nansum_transposed", lambda a: a.t().nansum(0), [((7, 40), "nans")]),
    ("nansum_dtype_float64", lambda a: a.nansum(dtype=torch.float64), [((50,), "nans")]),
    ("nansum_int", lambda a: a.nansum(0), [((4, 3), "int")]),
    ("nanmean_all", lambda a: a.nanmean(), [((70,), "nans")]),
    ("nanmean_dims", lambda a: torch.nanmean(a, (0, 2)), [((3, 4, 5), "nans")]),
    ("nanmean_float64_keepdim", lambda a: a.double().nanmean(1, keepdim=True), [((4, 9), "nans")]),
    # norm
    ("norm_all", lambda a: a.norm(), [((45,), "randn")]),
    ("norm_all_2d", lambda a: a.norm(), [((5, 9), "randn")]),
    ("norm_dim_last", lambda a: a.norm(dim=1), [((4, 19), "randn")]),
    ("norm_dim0", lambda a: a.norm(dim=0), [((45, 3), "randn")]),
    ("norm_p1", lambda a: a.norm(1), [((30,), "randn")]),
    ("norm_p1_dim", lambda a: a.norm(p=1, dim=0, keepdim=True), [((6, 4), "randn")]),
    ("norm_inf", lambda a: a.norm(INF), [((3, 5), "ties")]),
    ("norm_inf_dim", lambda a: a.norm(INF, dim=1), [((3, 5), "randn")]),
    ("norm_neg_inf_dim", lambda a: a.norm(-INF, dim=1), [((3, 5), "randn")]),
    ("norm_zeros", lambda a: a.norm(dim=1), [((3, 2), "zeros")]),
    # logsumexp
    ("logsumexp_dim", lambda a: a.logsumexp(1), [((4, 13), "randn")]),
    ("logsumexp_dim0_keepdim", lambda a: a.logsumexp(0, keepdim=True), [((7, 3), "randn")]),
    ("logsumexp_dims", lambda a: a.logsumexp((0, 2)), [((3, 2, 5), "randn")]),
    ("logsumexp_int", lambda a: a.logsumexp(0), [((4, 2), "int")]),
    # softmax / log_softmax
    ("softmax_last", lambda a: a.softmax(1), [((3, 5), "randn")]),
    ("softmax_last_long", lambda a: a.softmax(-1), [((2, 29), "randn")]),
    ("softmax_last_8", lambda a: F.softmax(a * 3, dim=1), [((4, 8), "randn")]),
    ("softmax_dim0", lambda a: a.softmax(0), [((6, 11), "randn")]),
    ("softmax_middle", lambda a: a.softmax(1), [((2, 4, 9), "randn")]),
    ("softmax_1d", lambda a: a.softmax(0), [((40,), "randn")]),
    ("softmax_dtype_int", lambda a: a.softmax(0, dtype=torch.float32), [((5,), "int")]),
    ("log_softmax_last", lambda a: a.log_softmax(1), [((3, 5), "randn")]),
    ("log_softmax_last_long", lambda a: F.log_softmax(a, dim=-1), [((2, 29), "randn")]),
    ("log_softmax_dim0", lambda a: a.log_softmax(0), [((6, 11), "randn")]),
    ("log_softmax_middle", lambda a: a.log_softmax(1), [((2, 4, 3), "randn")]),
    # cumsum
    ("cumsum_1d", lambda a: a.cumsum(0), [((50,), "randn")]),
    ("cumsum_dim1", lambda a: a.cumsum(1), [((3, 20), "randn")]),
    ("cumsum_dim0", lambda a: a.cumsum(0), [((20, 3), "randn")]),
    ("cumsum_int", lambda a: a.cumsum(0), [((7,), "int")]),
    ("cumsum_bool", lambda a: a.cumsum(-1), [((2, 5), "bool")]),
    ("cumsum_dtype", lambda a: a.cumsum(1, dtype=torch.float64), [((3, 4), "randn")]),
    # all / any
    ("all_bool", lambda a: a.all(), [((6,), "bool")]),
    ("any_bool_dim", lambda a: a.any(1), [((4, 3), "bool")]),
    ("all_float_dim_keepdim", lambda a: a.all(0, keepdim=True), [((3, 4), "zeros")]),
    ("any_int", lambda a: a.any(), [((5,), "int")]),
    # sum / mean with a dtype
    ("sum_dtype_float64", lambda a: a.sum(dtype=torch.float64), [((30,), "randn")]),
    ("sum_dim_dtype", lambda a: a.sum(1, dtype=torch.float64), [((3, 20), "randn")]),
    ("mean_dtype_float64", lambda a: a.mean(dtype=torch.float64), [((25,), "randn")]),
    ("mean_int_dtype", lambda a: a.mean(dtype=torch.float32), [((9,), "int")]),
    # float64 products and norms over many lengths and dims (draws / 30 + 1 fill all 53 bits, near 1)
    ("prod_norm_lengths_float64", lambda a: prod_norm_lengths(a.detach().double() / 30 + 1), [((300,), "randn")]),
    ("prod_norm_dims_float64", lambda a: prod_norm_dims(a.detach().double() / 30 + 1), [((5, 6, 37), "randn")]),
    # float64 softmax, log_softmax and cross_entropy over rows of many lengths, forward and backward
    ("softmax_widths_float64", lambda a: softmax_widths(a.detach().double() * 3), [((7, 33), "randn")]),
]

SOFTMAX_WIDTHS = [1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 17, 33]


def softmax_widths(a):
    """For x = a[:, :c]: softmax and log_softmax over both dims, cross_entropy and nll_loss, each forward and
    the gradient for the upstream x / 2."""
    results = []
    for c in SOFTMAX_WIDTHS:
        x = a[:, :c].clone().requires_grad_()
        target = torch.arange(7) % c
        outs = [x.softmax(1), x.log_softmax(1), x.softmax(0), x.log_softmax(0), F.cross_entropy(x, target),
                F.nll_loss(x.log_softmax(1), target, reduction="sum")]
        for out in outs:
            upstream = x.detach()[0, 0] / 2 if out.dim() == 0 else x.detach() / 2
            results += [out.detach(), torch.autograd.grad(out, x, upstream)[0]]
    return results

NORM_LENGTHS = list(range(1, 71)) + [255, 256, 257, 300]


def prod_norm_lengths(a):
    return [a[:n].prod() for n in NORM_LENGTHS] + [a[:n].norm() for n in NORM_LENGTHS] + [a[:n].norm(1) for n in (7, 64, 300)]


def prod_norm_dims(a):
    dims = [0, 1, 2, (0, 1), (1, 2), (0, 2)]
    return [a.prod(d) for d in (0, 1, 2)] + [a.norm(2, dim=d) for d in dims] + [a.norm(1, dim=d) for d in dims]

_x = lambda: torch.randn(3, 4)
_empty = lambda: torch.randn(2, 0)
_int = lambda: torch.arange(6).reshape(2, 3)

ERRORS = [
    ("max_empty", lambda: _empty().max()),
    ("min_empty", lambda: _empty().min()),
    ("amax_empty", lambda: _empty().amax()),
    ("max_dim_empty", lambda: _empty().max(-1)),
    ("min_dim_empty", lambda: _empty().min(1)),
    ("amin_dims_empty", lambda: _empty().amin((0, 1))),
    ("argmax_empty", lambda: _empty().argmax()),
    ("argmin_dim_empty", lambda: _empty().argmin(1)),
    ("argmax_bool", lambda: (_x() > 0).argmax()),
    ("argmin_bool", lambda: (_x() > 0).argmin(0)),
    ("max_bad_dim", lambda: _x().max(2)),
    ("argmax_bad_dim", lambda: _x().argmax(-3)),
    ("amax_repeated_dim", lambda: _x().amax((0, 0))),
    ("prod_bad_dim", lambda: _x().prod(5)),
    ("var_int", lambda: _int().var()),
    ("std_bool_dim", lambda: (_x() > 0).std(0)),
    ("var_repeated_dim", lambda: _x().var((1, 1))),
    ("var_bad_dim", lambda: _x().var(2)),
    ("norm_int", lambda: _int().norm()),
    ("norm_bool", lambda: (_x() > 0).norm(1)),
    ("norm_bad_dim", lambda: _x().norm(dim=4)),
    ("logsumexp_bad_dim", lambda: _x().logsumexp(3)),
    ("logsumexp_repeated_dim", lambda: _x().logsumexp((0, 0))),
    ("softmax_int_dim0", lambda: _int().softmax(0)),
    ("softmax_int_last", lambda: _int().softmax(1)),
    ("softmax_bool_last", lambda: (_x() > 0).softmax(-1)),
    ("log_softmax_int_dim0", lambda: _int().log_softmax(0)),
    ("log_softmax_int_last", lambda: _int().log_softmax(1)),
    ("softmax_bad_dim", lambda: _x().softmax(2)),
    ("cumsum_bad_dim", lambda: _x().cumsum(2)),
    ("all_bad_dim", lambda: (_x() > 0).all(2)),
    ("mean_int", lambda: _int().mean()),
    ("mean_dtype_int", lambda: _x().mean(dtype=torch.int64)),
    ("var_mean_int", lambda: torch.var_mean(_int())),
    ("std_mean_int_dim", lambda: torch.std_mean(_int(), 0)),
    ("var_mean_bad_dim", lambda: torch.var_mean(_x(), 2)),
    ("aminmax_empty", lambda: torch.aminmax(_empty())),
    ("aminmax_dim_empty", lambda: torch.aminmax(_empty(), dim=1)),
    ("aminmax_bad_dim", lambda: _x().aminmax(dim=3)),
    ("aminmax_backward", lambda: _x().requires_grad_().aminmax().min.backward()),
    ("nansum_dtype_int", lambda: _x().nansum(dtype=torch.int64)),
    ("nansum_bad_dim", lambda: _x().nansum(5)),
    ("nanmean_int", lambda: _int().nanmean()),
]


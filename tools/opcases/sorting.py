"""Op cases for sorting and selection: sort, argsort, msort, topk, kthvalue, median, nanmedian, mode, unique and
unique_consecutive (see tools/gen_op_fixtures.py: /usr/bin/python3 tools/gen_op_fixtures.py sorting). 'ties' inputs
(values 0, 1, 2) show which of several equal elements PyTorch's CPU kernels pick; rows longer than 16 take
std::sort's introsort path. ERRORS are calls PyTorch refuses (written to sorting_errors.json)."""
import torch

NAN = float("nan")


def with_nans(a):
    """The 2s of a 'ties' input replaced by NaN (the gradient still flows to every element)."""
    return torch.where(a == 2, torch.tensor(NAN), a)


CASES = [
    # sort / argsort / msort
    ("sort_last", lambda a: a.sort(), [((3, 7), "randn")]),
    ("sort_dim0_desc", lambda a: torch.sort(a, 0, descending=True), [((5, 3), "randn")]),
    ("sort_ties_short", lambda a: a.sort(), [((16,), "ties")]),
    ("sort_ties_long", lambda a: a.sort(), [((4, 40), "ties")]),
    ("sort_ties_long_desc", lambda a: a.sort(descending=True), [((3, 70), "ties")]),
    ("sort_ties_dim0", lambda a: a.sort(0), [((50, 3), "ties")]),
    ("sort_ties_stable", lambda a: a.sort(stable=True), [((2, 40), "ties")]),
    ("sort_ties_stable_desc", lambda a: a.sort(dim=-1, descending=True, stable=True), [((2, 40), "ties")]),
    ("sort_stable_false", lambda a: a.sort(stable=False), [((2, 30), "ties")]),
    ("sort_nan", lambda a: with_nans(a).sort(), [((2, 30), "ties")]),
    ("sort_nan_desc", lambda a: with_nans(a).sort(descending=True), [((2, 30), "ties")]),
    ("sort_int", lambda a: a.sort(), [((3, 25), "int")]),
    ("sort_int32_desc", lambda a: a.sort(descending=True), [((20,), "int32")]),
    ("sort_bool", lambda a: a.sort(), [((20,), "bool")]),
    ("sort_float64", lambda a: a.double().sort(0), [((30, 2), "ties")]),
    ("sort_0d", lambda a: a.sum().sort(), [((3,), "randn")]),
    ("argsort_ties", lambda a: a.argsort(), [((3, 33), "ties")]),
    ("argsort_desc_dim0", lambda a: torch.argsort(a, 0, True), [((20, 2), "ties")]),
    ("argsort_stable", lambda a: torch.argsort(a, stable=True), [((40,), "ties")]),
    ("msort", lambda a: torch.msort(a), [((25, 2), "ties")]),
    # topk
    ("topk_last", lambda a: a.topk(3), [((4, 9), "randn")]),
    ("topk_smallest_dim0", lambda a: torch.topk(a, 2, 0, largest=False), [((6, 3), "randn")]),
    ("topk_ties_nth", lambda a: a.topk(5), [((3, 40), "ties")]),
    ("topk_ties_partial", lambda a: a.topk(3), [((2, 200), "ties")]),
    ("topk_ties_partial_smallest", lambda a: a.topk(2, largest=False), [((2, 150), "ties")]),
    ("topk_ties_unsorted", lambda a: a.topk(6, sorted=False), [((3, 30), "ties")]),
    ("topk_nan", lambda a: with_nans(a).topk(4), [((2, 30), "ties")]),
    ("topk_nan_smallest", lambda a: with_nans(a).topk(4, largest=False), [((2, 30), "ties")]),
    ("topk_int", lambda a: a.topk(4), [((50,), "int")]),
    ("topk_all", lambda a: a.topk(5), [((5,), "ties")]),
    ("topk_zero", lambda a: a.topk(0), [((2, 5), "randn")]),
    # kthvalue
    ("kthvalue_last", lambda a: a.kthvalue(3), [((4, 9), "randn")]),
    ("kthvalue_dim0_keepdim", lambda a: a.kthvalue(2, 0, True), [((5, 3), "randn")]),
    ("kthvalue_ties", lambda a: a.kthvalue(10), [((3, 30), "ties")]),
    ("kthvalue_ties_small", lambda a: a.kthvalue(2), [((4, 3), "ties")]),
    ("kthvalue_nan", lambda a: with_nans(a).kthvalue(25), [((2, 30), "ties")]),
    ("kthvalue_int", lambda a: a.kthvalue(7), [((20,), "int")]),
    ("kthvalue_0d", lambda a: a.sum().kthvalue(1), [((3,), "randn")]),
    # median / nanmedian
    ("median_all_odd", lambda a: a.median(), [((3, 5), "randn")]),
    ("median_all_even", lambda a: a.median(), [((4, 5), "randn")]),
    ("median_all_ties", lambda a: a.median(), [((21,), "ties")]),
    ("median_all_nan", lambda a: with_nans(a).median(), [((10,), "ties")]),
    ("median_all_int", lambda a: a.median(), [((10,), "int")]),
    ("median_dim", lambda a: a.median(1), [((4, 6), "randn")]),
    ("median_dim0_keepdim", lambda a: a.median(0, keepdim=True), [((5, 3), "randn")]),
    ("median_dim_ties", lambda a: a.median(-1), [((3, 31), "ties")]),
    ("median_dim_nan", lambda a: with_nans(a).median(1), [((4, 8), "ties")]),
    ("median_dim_int", lambda a: a.median(0), [((7, 2), "int")]),
    ("nanmedian_all", lambda a: with_nans(a).nanmedian(), [((12,), "ties")]),
    ("nanmedian_dim", lambda a: with_nans(a).nanmedian(1), [((4, 9), "ties")]),
    # mode
    ("mode_last", lambda a: a.mode(), [((3, 10), "ties")]),
    ("mode_long", lambda a: a.mode(), [((3, 100), "ties")]),
    ("mode_dim0_keepdim", lambda a: torch.mode(a, 0, True), [((40, 2), "ties")]),
    ("mode_int", lambda a: a.mode(), [((60,), "int")]),
    ("mode_bool", lambda a: a.mode(), [((2, 30), "bool")]),
    ("mode_distinct", lambda a: a.mode(1), [((3, 5), "distinct")]),
    # unique / unique_consecutive
    ("unique_int", lambda a: torch.unique(a), [((40,), "int")]),
    ("unique_inverse_counts", lambda a: torch.unique(a, return_inverse=True, return_counts=True), [((3, 8), "int")]),
    ("unique_float", lambda a: a.detach().unique(return_counts=True), [((5, 6), "ties")]),
    ("unique_bool", lambda a: torch.unique(a, return_inverse=True), [((9,), "bool")]),
    ("unique_dim0", lambda a: torch.unique(a % 2, dim=0, return_inverse=True, return_counts=True), [((12, 3), "int")]),
    ("unique_dim1", lambda a: torch.unique(a.detach(), dim=1), [((2, 20), "ties")]),
    ("unique_consecutive", lambda a: torch.unique_consecutive(a // 4, return_inverse=True, return_counts=True), [((30,), "int")]),
    ("unique_consecutive_2d", lambda a: torch.unique_consecutive(a.detach()), [((3, 5), "ties")]),
    ("unique_consecutive_dim", lambda a: torch.unique_consecutive(a // 8, dim=0, return_counts=True), [((10, 2), "int")]),
]

_x = lambda: torch.randn(3, 4)
_empty = lambda: torch.randn(2, 0)
_bool = lambda: torch.tensor([True, False])

ERRORS = [
    ("sort_bad_dim", lambda: _x().sort(2)),
    ("topk_k_too_big", lambda: _x().topk(5)),
    ("topk_k_negative", lambda: _x().topk(-1)),
    ("topk_bool", lambda: _bool().topk(1)),
    ("kthvalue_k_too_big", lambda: _x().kthvalue(5)),
    ("kthvalue_k_zero", lambda: _x().kthvalue(0, 0)),
    ("kthvalue_empty", lambda: _empty().kthvalue(1)),
    ("kthvalue_bool", lambda: _bool().kthvalue(1)),
    ("median_bool", lambda: _bool().median()),
    ("median_dim_bool", lambda: _bool().median(0)),
    ("median_dim_empty", lambda: _empty().median(1)),
    ("mode_empty", lambda: _empty().mode()),
    ("unique_bad_dim", lambda: torch.unique(_x(), dim=3)),
]

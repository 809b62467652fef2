"""Op cases for cummax/cummin, cumprod, logcumsumexp and the angle conversions deg2rad/rad2deg (see tools/gen_op_fixtures.py:
/usr/bin/python3 tools/gen_op_fixtures.py cumulative). ERRORS are calls PyTorch refuses (cumulative_errors.json)."""
import torch

NAN = float("nan")
INF = float("inf")

CASES = [
    ("cummax_last", lambda a: a.cummax(-1), [((3, 9), "randn")]),
    ("cummin_dim0", lambda a: torch.cummin(a, 0), [((7, 3), "randn")]),
    ("cummax_ties", lambda a: a.cummax(1), [((3, 20), "ties")]),
    ("cummin_ties_middle", lambda a: a.cummin(1), [((2, 12, 3), "ties")]),
    ("cummax_nan", lambda a: torch.where(a == 2, torch.tensor(NAN), a).cummax(1), [((3, 15), "ties")]),
    ("cummin_nan", lambda a: torch.where(a == 0, torch.tensor(NAN), a).cummin(0), [((15, 2), "ties")]),
    ("cummax_int", lambda a: a.cummax(0), [((20,), "int")]),
    ("cummin_bool", lambda a: a.cummin(0), [((10,), "bool")]),
    ("cummax_0d", lambda a: a.sum().cummax(0), [((3,), "randn")]),
    ("deg2rad", lambda a: (a * 100).deg2rad(), [((4, 50), "randn")]),
    ("rad2deg", lambda a: torch.rad2deg(a), [((4, 50), "randn")]),
    ("deg2rad_float64", lambda a: (a.double() * 100).deg2rad(), [((30,), "randn")]),
    ("rad2deg_int", lambda a: a.rad2deg(), [((10,), "int_signed")]),
    ("cumprod", lambda a: torch.cumprod(a, 1), [((3, 17), "randn")]),
    ("cumprod_dim0", lambda a: a.cumprod(0), [((6, 4), "randn")]),
    ("cumprod_zeros", lambda a: torch.cumprod(a, 1), [((5, 12), "zeros")]),
    ("cumprod_int", lambda a: torch.cumprod(a, 0), [((12,), "int_signed")]),
    ("cumprod_dtype", lambda a: torch.cumprod(a, 0, dtype=torch.float64), [((10,), "randn")]),
    ("logcumsumexp", lambda a: torch.logcumsumexp(a * 3, 0), [((40,), "randn")]),
    ("logcumsumexp_dim1", lambda a: a.logcumsumexp(1), [((4, 9), "randn")]),
    ("logcumsumexp_infinities", lambda a: torch.logcumsumexp(torch.tensor([-INF, -INF, 1.0, INF, NAN, 2.0]) + a * 0, 0), [((6,), "randn")]),
    ("logcumsumexp_float64", lambda a: torch.logcumsumexp(a.double(), 0), [((20,), "randn")]),
    ("cumsum_inplace", lambda a: (a * 1).cumsum_(0), [((10,), "randn")]),
    ("cumprod_inplace", lambda a: (a * 1).cumprod_(1), [((2, 10), "randn")]),
]

ERRORS = [
    ("cummax_bad_dim", lambda: torch.randn(2, 3).cummax(2)),
    ("cummin_bad_dim", lambda: torch.randn(3).cummin(-2)),
    ("logcumsumexp_int", lambda: torch.logcumsumexp(torch.arange(3), 0)),
]

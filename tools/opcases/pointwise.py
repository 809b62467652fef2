"""Op cases for lerp, addcmul, addcdiv, hypot, logaddexp, xlogy, fmax, fmin, copysign, nan_to_num and logit,
forward and backward (see tools/gen_op_fixtures.py: /usr/bin/python3 tools/gen_op_fixtures.py pointwise).
Lengths around 16 exercise the split between PyTorch's vectorised loop and its scalar remainder. ERRORS are
calls PyTorch refuses."""
import torch

INF = float("inf")
NAN = float("nan")

CASES = [
    ("lerp_scalar_small", lambda a, b: torch.lerp(a, b, 0.3), [((37,), "randn"), ((37,), "randn")]),
    ("lerp_scalar_large", lambda a, b: a.lerp(b, 0.7), [((37,), "randn"), ((37,), "randn")]),
    ("lerp_tensor", lambda a, b, w: torch.lerp(a, b, w * 1.4 - 0.2), [((3, 13), "randn"), ((13,), "randn"), ((3, 13), "randn")]),
    ("lerp_float64", lambda a, b, w: torch.lerp(a.double(), b.double(), w.double()), [((20,), "randn"), ((20,), "randn"), ((20,), "randn")]),
    ("addcmul", lambda a, b, c: torch.addcmul(a, b, c, value=0.3), [((35,), "randn"), ((35,), "randn"), ((35,), "randn")]),
    ("addcmul_broadcast", lambda a, b, c: a.addcmul(b, c), [((2, 1), "randn"), ((5,), "randn"), ((2, 5), "randn")]),
    ("addcmul_float64", lambda a, b, c: torch.addcmul(a.double(), b.double(), c.double(), value=-1.7), [((20,), "randn"), ((20,), "randn"), ((20,), "randn")]),
    ("addcmul_int", lambda a, b, c: torch.addcmul(a, b, c, value=2), [((6,), "int_signed"), ((6,), "int_signed"), ((6,), "int_signed")]),
    ("addcdiv", lambda a, b, c: torch.addcdiv(a, b, c, value=0.3), [((35,), "randn"), ((35,), "randn"), ((35,), "positive")]),
    ("addcdiv_default", lambda a, b, c: a.addcdiv(b, c), [((4, 3), "randn"), ((3,), "randn"), ((4, 1), "positive")]),
    ("hypot", lambda a, b: torch.hypot(a, b), [((41,), "randn"), ((41,), "randn")]),
    ("hypot_float64", lambda a, b: torch.hypot(a.double(), b.double()), [((20,), "randn"), ((20,), "randn")]),
    ("logaddexp", lambda a, b: torch.logaddexp(a * 3, b * 3), [((39,), "randn"), ((39,), "randn")]),
    ("logaddexp_short", lambda a, b: torch.logaddexp(a, b), [((9,), "randn"), ((9,), "randn")]),
    ("logaddexp_infinities", lambda a: torch.logaddexp(torch.tensor([INF, -INF, INF, -INF, 1.0]) * (a * 0 + 1), torch.tensor([INF, -INF, -INF, 2.0, -INF])), [((5,), "positive")]),
    ("logaddexp_float64", lambda a, b: torch.logaddexp(a.double(), b.double()), [((20,), "randn"), ((20,), "randn")]),
    ("xlogy", lambda a, b: torch.xlogy(a, b), [((30,), "zeros"), ((30,), "positive")]),
    ("xlogy_scalar_other", lambda a: torch.xlogy(a, 2.5), [((10,), "randn")]),
    ("xlogy_scalar_self", lambda b: torch.xlogy(3.0, b), [((10,), "positive")]),
    ("xlogy_int", lambda a, b: torch.xlogy(a, b), [((8,), "int"), ((8,), "int")]),
    ("xlogy_nan", lambda a: torch.xlogy(torch.tensor([0.0, 0.0, 1.0, 2.0]) * a, torch.tensor([NAN, 0.0, NAN, 0.0])), [((4,), "positive")]),
    ("fmax", lambda a, b: torch.fmax(a, b), [((20,), "randn"), ((20,), "randn")]),
    ("fmin_nan", lambda a, b: torch.fmin(torch.where(a > 0.5, torch.tensor(NAN), a), torch.where(b > 0.5, torch.tensor(NAN), b)), [((30,), "randn"), ((30,), "randn")]),
    ("fmax_int_float", lambda a, b: torch.fmax(a, b), [((6,), "int"), ((6,), "randn")]),
    ("copysign", lambda a, b: torch.copysign(a, b), [((20,), "randn"), ((20,), "randn")]),
    ("copysign_scalar", lambda a: a.copysign(-1.0), [((10,), "randn")]),
    ("copysign_int", lambda a: torch.copysign(a, -2), [((6,), "int_signed")]),
    ("nan_to_num", lambda a: torch.nan_to_num(torch.log(a) / a), [((20,), "randn")]),
    ("nan_to_num_values", lambda a: (torch.log(a) / a).nan_to_num(nan=1.5, posinf=2.0, neginf=-3.0), [((20,), "randn")]),
    ("logit", lambda w: torch.logit(w), [((37,), "unit")]),
    ("logit_tracked", lambda a: torch.logit(torch.sigmoid(a)), [((37,), "randn")]),
    ("logit_eps", lambda a: torch.logit(a * 0.6 + 0.5, eps=0.05), [((37,), "randn")]),
    ("logit_out_of_range", lambda a: torch.logit(a), [((20,), "randn")]),
    ("logit_float64", lambda a: torch.logit(torch.sigmoid(a.double())), [((20,), "randn")]),
    ("float_power", lambda a: torch.float_power(a, 2.5), [((20,), "positive")]),
    ("float_power_tensor", lambda a, b: torch.float_power(a, b), [((20,), "positive"), ((20,), "randn")]),
    ("float_power_int", lambda a: a.float_power(2), [((9,), "int")]),
    # in place on non-leaf tensors
    ("lerp_inplace", lambda a, b: (a * 1).lerp_(b, 0.25), [((20,), "randn"), ((20,), "randn")]),
    ("addcmul_inplace", lambda a, b, c: (a * 1).addcmul_(b, c, value=0.5), [((20,), "randn"), ((20,), "randn"), ((20,), "randn")]),
    ("addcdiv_inplace", lambda a, b, c: (a * 1).addcdiv_(b, c, value=2), [((20,), "randn"), ((20,), "randn"), ((20,), "positive")]),
    ("hypot_inplace", lambda a, b: (a * 1).hypot_(b), [((20,), "randn"), ((20,), "randn")]),
    ("xlogy_inplace", lambda a, b: (a * 1).xlogy_(b), [((20,), "randn"), ((20,), "positive")]),
    ("copysign_inplace", lambda a, b: (a * 1).copysign_(b), [((20,), "randn"), ((20,), "randn")]),
    ("logit_inplace", lambda a: (a * 0.3 + 0.5).logit_(), [((20,), "randn")]),
]

ERRORS = [
    ("hypot_int", lambda: torch.hypot(torch.arange(3), torch.arange(3))),
    ("logaddexp_int", lambda: torch.logaddexp(torch.arange(3), torch.arange(3))),
    ("lerp_end_dtype", lambda: torch.lerp(torch.ones(3), torch.ones(3, dtype=torch.float64), 0.5)),
    ("lerp_weight_dtype", lambda: torch.lerp(torch.ones(3), torch.ones(3), torch.ones(3, dtype=torch.float64))),
    ("addcdiv_int", lambda: torch.addcdiv(torch.arange(3), torch.arange(3), torch.arange(3))),
    ("addcmul_shape", lambda: torch.addcmul(torch.ones(3), torch.ones(4), torch.ones(3))),
]

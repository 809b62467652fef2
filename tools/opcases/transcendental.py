"""Op cases for the inverse trigonometric, hyperbolic and error functions, exp2 and atan2, forward and backward
(see tools/gen_op_fixtures.py: /usr/bin/python3 tools/gen_op_fixtures.py transcendental). Lengths around 16
exercise the split between PyTorch's vectorised loop and its scalar remainder. float64 cases are compared
within the ulp allowances of test/support/opTables/transcendental.ts. ERRORS are calls PyTorch refuses."""
import torch

CASES = [
    ("asin", lambda a: torch.asin(a * 0.3), [((37,), "randn")]),
    ("asin_method_2d", lambda a: (a * 0.3).clamp(-0.99, 0.99).asin(), [((5, 9), "randn")]),
    ("acos", lambda a: torch.acos(a * 0.3), [((37,), "randn")]),
    ("arccos_edges", lambda a: torch.arccos(a.clamp(-1, 1)), [((20,), "randn")]),
    ("atan", lambda a: torch.atan(a * 3), [((41,), "randn")]),
    ("arctan_int", lambda a: torch.arctan(a), [((9,), "int_signed")]),
    ("atan2", lambda a, b: torch.atan2(a, b), [((35,), "randn"), ((35,), "randn")]),
    ("atan2_broadcast", lambda a, b: torch.atan2(a, b), [((3, 20), "randn"), ((20,), "randn")]),
    ("atan2_column", lambda a, b: a.atan2(b), [((4, 19), "randn"), ((4, 1), "randn")]),
    ("arctan2_int_float", lambda a, b: torch.arctan2(a, b), [((17,), "int_signed"), ((17,), "randn")]),
    ("atan2_float64", lambda a, b: torch.atan2(a.double(), b.double()), [((20,), "randn"), ((20,), "randn")]),
    ("sinh", lambda a: torch.sinh(a * 3), [((39,), "randn")]),
    ("sinh_short", lambda a: (a * 3).sinh(), [((7,), "randn")]),
    ("cosh", lambda a: torch.cosh(a * 3), [((33,), "randn")]),
    ("cosh_int", lambda a: torch.cosh(a), [((6,), "int_signed")]),
    ("asinh", lambda a: torch.asinh(a * 5), [((30,), "randn")]),
    ("acosh", lambda a: torch.acosh(a * 3), [((30,), "positive")]),
    ("arccosh_below_one", lambda a: torch.arccosh(a), [((10,), "randn")]),
    ("atanh", lambda a: torch.atanh(a * 0.4), [((30,), "randn")]),
    ("arctanh_method", lambda a: (a * 0.4).arctanh(), [((30,), "randn")]),
    ("erf", lambda a: torch.erf(a * 2), [((45,), "randn")]),
    ("erf_method", lambda a: (a * 2).erf(), [((3, 7), "randn")]),
    ("erfc", lambda a: torch.erfc(a * 2), [((45,), "randn")]),
    ("erfc_int", lambda a: torch.erfc(a), [((9,), "int_signed")]),
    ("exp2", lambda a: torch.exp2(a * 5), [((40,), "randn")]),
    ("exp2_int", lambda a: torch.exp2(a), [((9,), "int_signed")]),
    ("asin_float64", lambda a: torch.asin(a.double() * 0.3), [((20,), "randn")]),
    ("atan_float64", lambda a: torch.atan(a.double()), [((20,), "randn")]),
    ("sinh_float64", lambda a: torch.sinh(a.double()), [((20,), "randn")]),
    ("erf_float64", lambda a: torch.erf(a.double()), [((20,), "randn")]),
    ("exp2_float64", lambda a: torch.exp2(a.double() * 5), [((20,), "randn")]),
    # in place on non-leaf tensors: values, rebased grad_fn and gradients
    ("asin_inplace", lambda a: (a * 0.3).asin_(), [((20,), "randn")]),
    ("sinh_inplace", lambda a: (a * 2).sinh_(), [((20,), "randn")]),
    ("exp2_inplace", lambda a: (a * 2).exp2_(), [((20,), "randn")]),
    ("atan2_inplace", lambda a, b: (a * 1).atan2_(b), [((18,), "randn"), ((18,), "randn")]),
    ("erf_inplace", lambda a: (a * 1).erf_(), [((20,), "randn")]),
    ("fix", lambda a: torch.fix(a * 3), [((9,), "randn")]),
]

ERRORS = [
    ("atan2_shape", lambda: torch.atan2(torch.ones(3), torch.ones(4))),
    ("atan2_inplace_int", lambda: torch.arange(3).atan2_(torch.ones(3))),
    ("asin_inplace_int", lambda: torch.arange(3).asin_()),
    ("atan2_inplace_broadcast", lambda: torch.ones(3).atan2_(torch.ones(2, 3))),
]

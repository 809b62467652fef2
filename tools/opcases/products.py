"""Op cases for matrix and vector products with a bias or scales (addmm, addmv, addr, baddbmm, addbmm, in every
operand layout, since the BLAS loop PyTorch runs depends on it) and vdot, inner, kron, tensordot, cross; see
tools/gen_op_fixtures.py: /usr/bin/python3 tools/gen_op_fixtures.py products.

ERRORS are calls PyTorch refuses; gen_op_fixtures.py records each one's exception type and message in
test/fixtures/ops/products_errors.json."""

import torch

CASES = [
    ("addmm", lambda c, a, b: torch.addmm(c, a, b), [((5, 6), "randn"), ((5, 7), "randn"), ((7, 6), "randn")]),
    ("addmm_bias_row", lambda c, a, b: torch.addmm(c, a, b), [((6,), "randn"), ((5, 7), "randn"), ((7, 6), "randn")]),
    ("addmm_scaled", lambda c, a, b: c.addmm(a, b, beta=0.7, alpha=-1.3), [((5, 6), "randn"), ((5, 7), "randn"), ((7, 6), "randn")]),
    ("addmm_scaled_mat2_t", lambda c, a, b: torch.addmm(c, a, b.t(), beta=0.7, alpha=-1.3), [((5, 6), "randn"), ((5, 7), "randn"), ((6, 7), "randn")]),
    ("addmm_scaled_mat1_t", lambda c, a, b: torch.addmm(c, a.t(), b, beta=0.3, alpha=1.7), [((5, 6), "randn"), ((7, 5), "randn"), ((7, 6), "randn")]),
    ("addmm_linear_like", lambda c, a, b: torch.addmm(c, a, b.t()), [((6,), "randn"), ((5, 7), "randn"), ((6, 7), "randn")]),
    ("addmm_one_column", lambda c, a, b: torch.addmm(c, a, b, beta=0.6, alpha=1.1), [((5, 1), "randn"), ((5, 7), "randn"), ((7, 1), "randn")]),
    ("addmm_one_column_mat1_t", lambda c, a, b: torch.addmm(c, a.t(), b, beta=0.6, alpha=1.1), [((5, 1), "randn"), ((7, 5), "randn"), ((7, 1), "randn")]),
    ("addmm_beta0", lambda c, a, b: torch.addmm(c, a, b, beta=0, alpha=0.9), [((5, 6), "randn"), ((5, 7), "randn"), ((7, 6), "randn")]),
    ("addmm_large", lambda c, a, b: torch.addmm(c, a, b, beta=0.5, alpha=2.1), [((40,), "randn"), ((30, 50), "randn"), ((50, 40), "randn")]),
    ("addmm_large_t", lambda c, a, b: torch.addmm(c, a, b.t(), beta=0.5, alpha=2.1), [((30, 40), "randn"), ((30, 50), "randn"), ((40, 50), "randn")]),
    ("addmm_float64", lambda c, a, b: torch.addmm(c.double(), a.double(), b.double(), beta=0.7, alpha=1.3), [((3, 4), "randn"), ((3, 5), "randn"), ((5, 4), "randn")]),
    ("addmm_inplace", lambda c, a, b: (c * 1).addmm_(a, b, alpha=0.5), [((5, 6), "randn"), ((5, 7), "randn"), ((7, 6), "randn")]),
    ("addmv", lambda c, a, v: torch.addmv(c, a, v), [((5,), "randn"), ((5, 7), "randn"), ((7,), "randn")]),
    ("addmv_scaled", lambda c, a, v: c.addmv(a, v, beta=0.7, alpha=-1.3), [((5,), "randn"), ((5, 7), "randn"), ((7,), "randn")]),
    ("addmv_scaled_t", lambda c, a, v: torch.addmv(c, a.t(), v, beta=0.7, alpha=-1.3), [((5,), "randn"), ((7, 5), "randn"), ((7,), "randn")]),
    ("addmv_broadcast", lambda c, a, v: torch.addmv(c, a, v, alpha=2.5), [((1,), "randn"), ((4, 3), "randn"), ((3,), "randn")]),
    ("addr", lambda c, a, b: torch.addr(c, a, b), [((5, 37), "randn"), ((5,), "randn"), ((37,), "randn")]),
    ("addr_scaled", lambda c, a, b: c.addr(a, b, beta=0.7, alpha=1.5), [((5, 37), "randn"), ((5,), "randn"), ((37,), "randn")]),
    ("addr_beta0", lambda c, a, b: torch.addr(c, a, b, beta=0, alpha=1.3), [((3, 20), "randn"), ((3,), "randn"), ((20,), "randn")]),
    ("addr_broadcast", lambda c, a, b: torch.addr(c, a, b, beta=-0.3), [((18,), "randn"), ((4,), "randn"), ((18,), "randn")]),
    ("baddbmm_small", lambda c, a, b: torch.baddbmm(c, a, b, beta=0.7, alpha=1.3), [((2, 3, 4), "randn"), ((2, 3, 5), "randn"), ((2, 5, 4), "randn")]),
    ("baddbmm_large", lambda c, a, b: c.baddbmm(a, b, beta=0.7, alpha=1.3), [((2, 9, 8), "randn"), ((2, 9, 7), "randn"), ((2, 7, 8), "randn")]),
    ("baddbmm_large_t", lambda c, a, b: torch.baddbmm(c, a, b.transpose(1, 2), beta=0.7, alpha=1.3), [((9, 8), "randn"), ((2, 9, 7), "randn"), ((2, 8, 7), "randn")]),
    ("addbmm", lambda c, a, b: torch.addbmm(c, a, b, beta=0.7, alpha=1.3), [((3, 4), "randn"), ((3, 3, 5), "randn"), ((3, 5, 4), "randn")]),
    ("addbmm_t", lambda c, a, b: c.addbmm(a, b.transpose(1, 2)), [((4,), "randn"), ((3, 3, 5), "randn"), ((3, 4, 5), "randn")]),
    ("vdot", lambda a, b: torch.vdot(a, b), [((30,), "randn"), ((30,), "randn")]),
    ("inner", lambda a, b: a.inner(b), [((3, 7), "randn"), ((4, 7), "randn")]),
    ("inner_1d", lambda a, b: torch.inner(a, b), [((9,), "randn"), ((9,), "randn")]),
    ("kron", lambda a, b: torch.kron(a, b), [((2, 3), "randn"), ((3, 2), "randn")]),
    ("kron_ranks", lambda a, b: a.kron(b), [((3,), "randn"), ((2, 2), "randn")]),
    ("tensordot", lambda a, b: torch.tensordot(a, b, dims=2), [((3, 4, 5), "randn"), ((4, 5, 2), "randn")]),
    ("tensordot_lists", lambda a, b: torch.tensordot(a, b, dims=([0, 2], [1, 0])), [((3, 4, 5), "randn"), ((5, 3, 2), "randn")]),
    ("cross", lambda a, b: torch.cross(a, b), [((4, 3), "randn"), ((4, 3), "randn")]),
    ("cross_dim0", lambda a, b: a.cross(b, dim=0), [((3, 5), "randn"), ((3, 5), "randn")]),
    ("cross_broadcast", lambda a, b: torch.cross(a, b, dim=-1), [((2, 1, 3), "randn"), ((1, 4, 3), "randn")]),
]

_m = lambda *s: torch.ones(*s)

ERRORS = [
    ("addmm_bias", lambda: torch.addmm(_m(4), _m(2, 5), _m(5, 3))),
    ("addmm_bias_rows", lambda: torch.addmm(_m(5, 3), _m(2, 5), _m(5, 3))),
    ("addmm_shapes", lambda: torch.addmm(_m(3), _m(2, 5), _m(4, 3))),
    ("addmm_1d", lambda: torch.addmm(_m(3), _m(5), _m(5, 3))),
    ("addmm_dtype", lambda: torch.addmm(_m(3), _m(2, 5), _m(5, 3).double())),
    ("expand_last_dim", lambda: _m(3, 2).expand(2, 3)),
    ("addmv_size", lambda: torch.addmv(_m(3), _m(2, 5), _m(5))),
    ("addmv_vec_size", lambda: torch.addmv(_m(2), _m(2, 5), _m(4))),
    ("addmv_ranks", lambda: torch.addmv(_m(2), _m(5), _m(5))),
    ("addr_bias", lambda: torch.addr(_m(3), _m(2), _m(4))),
    ("addr_2d", lambda: torch.addr(_m(2, 4), _m(2, 1), _m(4))),
    ("baddbmm_batch2", lambda: torch.baddbmm(_m(2, 3, 4), _m(2, 3, 5), _m(2, 6, 4))),
    ("baddbmm_bias", lambda: torch.baddbmm(_m(3, 3, 4), _m(2, 3, 5), _m(2, 5, 4))),
    ("baddbmm_2d", lambda: torch.baddbmm(_m(3, 4), _m(3, 5), _m(2, 5, 4))),
    ("addbmm_bias", lambda: torch.addbmm(_m(3, 5), _m(2, 3, 5), _m(2, 5, 4))),
    ("addbmm_sizes", lambda: torch.addbmm(_m(3, 4), _m(2, 3, 5), _m(2, 4, 4))),
    ("vdot_size", lambda: torch.vdot(_m(3), _m(4))),
    ("vdot_2d", lambda: torch.vdot(_m(3, 1), _m(3))),
    ("inner_last_dim", lambda: torch.inner(_m(2, 3), _m(4))),
    ("tensordot_sizes", lambda: torch.tensordot(_m(2, 3), _m(4, 5), dims=1)),
    ("cross_no_3", lambda: torch.cross(_m(2, 4), _m(2, 4))),
    ("cross_broadcast", lambda: torch.cross(_m(2, 3), _m(3, 3))),
    ("cross_dim_size", lambda: torch.cross(_m(3, 4), _m(3, 4), dim=1)),
]

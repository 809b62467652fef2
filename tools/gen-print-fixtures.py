#!/usr/bin/python3
"""Writes the tensor-printing fixtures in test/fixtures/print/ from real PyTorch 1.13.

    /usr/bin/python3 tools/gen-print-fixtures.py

tensors.json holds, per case, the raw elements, shape, dtype, print options, autograd suffix info and
repr(tensor). Elements are exact: floats as base64 of their little-endian bytes (float16/bfloat16 widened
to float32), int64 as decimal strings, other ints as numbers, bools as 0/1.
float-format.json holds Python's '{:.Nf}' / '{:.Ne}' of single doubles, ties included.
"""

import base64
import json
import math
import os
import random
import struct

import torch
import torch.nn as nn
import torch.nn.functional as F

OUT_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures", "print"))

# Every expression from the reference transcript that evaluates to a tensor (each run after manual_seed(0)).
REFERENCE_EXPRESSIONS = [
    "torch.tensor(3.5)",
    "torch.tensor(3.0)",
    "torch.tensor(3)",
    "torch.tensor(True)",
    "torch.tensor(-0.0)",
    "torch.tensor(1e-5)",
    "torch.tensor(1e10)",
    "torch.tensor(123456.789)",
    "torch.tensor(3.5, dtype=torch.float64)",
    "torch.tensor(3.5, requires_grad=True)",
    "torch.tensor(2.0, requires_grad=True) * 3",
    "torch.tensor([1., 2., 3.], requires_grad=True)",
    "torch.tensor([1.5, -2.25, 3.0], requires_grad=True)",
    "torch.randn(2, 3, requires_grad=True)",
    "torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True)",
    "nn.Parameter(torch.tensor([1., 2.]))",
    "torch.tensor([1., 2.], requires_grad=True) + torch.tensor([3., 4.])",
    "torch.tensor([1., 2.], requires_grad=True) - 1",
    "torch.tensor([1., 2.], requires_grad=True) * 2",
    "torch.tensor([1., 2.], requires_grad=True) / 2",
    "-torch.tensor([1., 2.], requires_grad=True)",
    "torch.tensor([1., 2.], requires_grad=True) ** 2",
    "torch.tensor([1., 2.], requires_grad=True).sum()",
    "torch.tensor([1., 2.], requires_grad=True).mean()",
    "torch.tensor([1., 2.], requires_grad=True).exp()",
    "torch.tensor([1., 2.], requires_grad=True).log()",
    "torch.tensor([1., -2.], requires_grad=True).relu()",
    "torch.tensor([1., -2.], requires_grad=True).sigmoid()",
    "torch.tensor([1., -2.], requires_grad=True).tanh()",
    "torch.ones(2, 3, requires_grad=True) @ torch.ones(3, 2)",
    "torch.ones(3, requires_grad=True) @ torch.ones(3, 2)",
    "torch.ones(2, 3, requires_grad=True).t()",
    "torch.ones(2, 3, requires_grad=True).transpose(0, 1)",
    "torch.ones(2, 3, requires_grad=True).view(6)",
    "torch.ones(2, 3, requires_grad=True).reshape(3, 2)",
    "torch.ones(2, 3, requires_grad=True)[0]",
    "torch.ones(2, 3, requires_grad=True).max()",
    "F.softmax(torch.ones(2, 3, requires_grad=True), dim=1)",
    "F.log_softmax(torch.ones(2, 3, requires_grad=True), dim=1)",
    "F.mse_loss(torch.ones(3, requires_grad=True), torch.zeros(3))",
    "F.cross_entropy(torch.ones(2, 3, requires_grad=True), torch.tensor([0, 2]))",
    "F.binary_cross_entropy_with_logits(torch.ones(3, requires_grad=True), torch.zeros(3))",
    "F.binary_cross_entropy(torch.full((3,), 0.5, requires_grad=True), torch.zeros(3))",
    "nn.Linear(3, 2)(torch.ones(3))",
    "nn.Linear(3, 2)(torch.ones(4, 3))",
    "torch.tensor([1., 2.], requires_grad=True).detach()",
    "torch.tensor([1., 2., 3.])",
    "torch.tensor([1.5, 2., 3.])",
    "torch.tensor([0.1, 0.25, 1/3])",
    "torch.tensor([-1., 2., -3.])",
    "torch.tensor([1, 2, 3])",
    "torch.tensor([1, -20, 300])",
    "torch.tensor([True, False])",
    "torch.tensor([1., 2.], dtype=torch.float64)",
    "torch.tensor([1., 2.], dtype=torch.float16)",
    "torch.tensor([1, 2], dtype=torch.int32)",
    "torch.tensor([1, 2], dtype=torch.uint8)",
    "torch.tensor([])",
    "torch.zeros(0, 3)",
    "torch.zeros(2, 0)",
    "torch.zeros(2, 3)",
    "torch.ones(2, 2, 3)",
    "torch.arange(24.).reshape(2, 3, 4)",
    "torch.arange(6).reshape(2, 3)",
    "torch.tensor([[1., -1.], [1e-3, 100.]])",
    "torch.tensor([float('nan'), float('inf'), -float('inf'), 1.0])",
    "torch.tensor([float('nan'), 1.5])",
    "torch.tensor([1e-5, float('nan')])",
    "torch.linspace(0, 1, 7)",
    "torch.randn(3, 4)",
    "torch.randn(20)",
    "torch.tensor([1e-5, 1e5])",
    "torch.tensor([1e-5, 1.0])",
    "torch.tensor([1e5, 1.0])",
    "torch.tensor([1e-4, 1.0])",
    "torch.tensor([999., 1.0])",
    "torch.tensor([1000., 1.0])",
    "torch.tensor([1001., 1.0])",
    "torch.tensor([1e8, 1.0])",
    "torch.tensor([1e8])",
    "torch.tensor([1e9])",
    "torch.tensor([123456789.])",
    "torch.tensor([12345.6789])",
    "torch.tensor([1e-5, 2e-5])",
    "torch.tensor([0.0001])",
    "torch.tensor([0.00011, 0.5])",
    "torch.tensor([[1e-5, 1.], [100., 1e5]])",
    "torch.tensor([1e-5, 1e5], requires_grad=True) * 2",
    "torch.tensor([1e5, 2e5], dtype=torch.float64)",
    "torch.tensor([100000, 1])",
    "torch.tensor([1.0e20, -1.0e-20])",
    "torch.tensor([0.0, 1e-5])",
    "torch.arange(1000.)",
    "torch.arange(1001.)",
    "torch.arange(2000.).reshape(40, 50)",
    "torch.arange(2000.).reshape(40, 50).requires_grad_()",
    "torch.arange(2000).reshape(40, 50)",
    "torch.arange(6000.).reshape(10, 20, 30)",
    "torch.arange(1001.) * 1e-6",
    "torch.arange(2000.).reshape(2, 1000)",
    "torch.arange(2000.).reshape(1000, 2)",
]

SIZES = [[], [0], [3], [2, 3], [1, 1, 1], [0, 3], [4, 5, 6, 7]]

DTYPE_NAMES = {
    torch.float64: "float64",
    torch.float32: "float32",
    torch.float16: "float16",
    torch.bfloat16: "bfloat16",
    torch.int64: "int64",
    torch.int32: "int32",
    torch.int16: "int16",
    torch.int8: "int8",
    torch.uint8: "uint8",
    torch.bool: "bool",
}


def encode_values(t):
    flat = t.detach().reshape(-1)
    if flat.dtype in (torch.float16, torch.bfloat16):
        flat = flat.float()
    if flat.dtype in (torch.float32, torch.float64):
        little_endian = "<f4" if flat.dtype == torch.float32 else "<f8"
        return base64.b64encode(flat.numpy().astype(little_endian).tobytes()).decode()
    if flat.dtype == torch.int64:
        return [str(v) for v in flat.tolist()]
    if flat.dtype == torch.bool:
        return [int(v) for v in flat.tolist()]
    return flat.tolist()


def record(name, t, options=None):
    """Prints `t` under torch.set_printoptions(**options) and stores the case."""
    kwargs = {"sci_mode" if k == "sciMode" else k: v for k, v in (options or {}).items()}
    torch.set_printoptions(**kwargs)
    try:
        text = repr(t)
        assert str(t) == text, name
    finally:
        torch.set_printoptions(profile="default")
    case = {
        "name": name,
        "dtype": DTYPE_NAMES[t.dtype],
        "shape": list(t.shape),
        "values": encode_values(t),
        "suffixes": {
            "requiresGrad": t.requires_grad,
            "gradFn": type(t.grad_fn).__name__ if t.grad_fn is not None else None,
            "isParameter": isinstance(t, nn.Parameter),
        },
        "repr": text,
    }
    if options:
        case["options"] = options
    CASES.append(case)


CASES = []


def reference_cases():
    for expression in REFERENCE_EXPRESSIONS:
        torch.manual_seed(0)
        record(expression, eval(expression, {"torch": torch, "nn": nn, "F": F}))


def mixed_magnitudes(n, low, high, generator):
    """Random signs and log-uniform magnitudes between 10^low and 10^high."""
    exponents = torch.rand(n, generator=generator, dtype=torch.float64) * (high - low) + low
    signs = torch.where(torch.rand(n, generator=generator) < 0.5, -1.0, 1.0).double()
    return signs * torch.pow(10.0, exponents)


def sprinkle(t, specials, generator, fraction=0.2):
    """Replaces about `fraction` of the elements with values drawn from `specials`."""
    flat = t.reshape(-1).clone()
    for i in range(flat.numel()):
        if torch.rand(1, generator=generator).item() < fraction:
            flat[i] = specials[int(torch.randint(len(specials), (1,), generator=generator))]
    return flat.reshape(t.shape)


def random_float_cases():
    g = torch.Generator().manual_seed(1234)
    shapes = [[], [1], [5], [7], [2, 3], [3, 4], [2, 2, 3], [2, 1, 2, 2]]
    for dtype in (torch.float32, torch.float64):
        dname = DTYPE_NAMES[dtype]
        for low, high in [(-3, 0), (-1, 1), (0, 2), (-6, -3), (-12, -8), (3, 7), (7, 9), (9, 15), (-20, 20), (-40, 38)]:
            for shape in shapes:
                t = mixed_magnitudes(max(1, math.prod(shape)), low, high, g).reshape(shape).to(dtype)
                record(f"{dname} magnitudes 1e{low}..1e{high} {shape}", t)
        for shape in shapes[1:]:
            t = torch.randn(shape, generator=g, dtype=torch.float64).to(dtype)
            record(f"{dname} randn {shape}", t)
            record(f"{dname} randn positive {shape}", t.abs())
            record(f"{dname} randn*1000 rounded {shape}", (t * 1000).round())
            record(f"{dname} randn*1e6 rounded {shape}", (t * 1e6).round())
            record(f"{dname} randn*1e9 rounded {shape}", (t * 1e9).round())
            specials = [0.0, -0.0, math.inf, -math.inf, math.nan]
            record(f"{dname} randn with specials {shape}", sprinkle(t, specials, g, 0.4))
            record(f"{dname} integers with specials {shape}", sprinkle((t * 10).round(), specials, g, 0.4))
            record(f"{dname} tiny with specials {shape}", sprinkle(t * 1e-7, specials, g, 0.4))
    for values in (
        [0.0], [-0.0], [0.0, -0.0], [math.nan], [math.inf], [-math.inf], [math.nan, math.inf, -math.inf],
        [0.0, math.nan], [-0.0, math.inf], [1e-45, 1.0], [1e-45], [3.4028234663852886e38, -1.0],
        [-1e-5, -0.0], [-0.00004, 0.5], [0.99999, 9.99999], [9.99995, 99.99995], [99999.99, 1.0],
        [1e8, -1e8], [1.5e8, 2.0], [99999999.0, 3.0], [0.0001, 0.1], [0.00009999, 0.1],
        [1000.0, 1.0], [1000.5, 1.0], [-1000.0, 1.0], [123456.0, 7.0], [1e15, 1.0], [1e-30, 1e30],
        [0.03125, 0.5], [0.03125], [0.15625, -0.09375, 1.5], [123465.0, 1.0], [123455.0, 1.0], [-2.5, 1.5e5],
        [0.5, 1.5, 2.5, 3.5, -0.5, -2.5],
    ):
        for dtype in (torch.float32, torch.float64):
            record(f"{DTYPE_NAMES[dtype]} values {values}", torch.tensor(values, dtype=dtype))
    for values in ([5e-324, 1.0], [1.7976931348623157e308, -5e-324], [1e300, 1e-300], [2.0**70, 3.0]):
        record(f"float64 values {values}", torch.tensor(values, dtype=torch.float64))
    for dtype in (torch.float16, torch.bfloat16):
        record(f"{DTYPE_NAMES[dtype]} randn", torch.randn(2, 4, generator=g).to(dtype))
        record(f"{DTYPE_NAMES[dtype]} integers", torch.tensor([1.0, -2.0, 300.0], dtype=dtype))
        record(f"{DTYPE_NAMES[dtype]} specials", torch.tensor([math.inf, math.nan, 6e-5, 1.0], dtype=dtype))
        record(f"{DTYPE_NAMES[dtype]} 0-d", torch.tensor(0.1, dtype=dtype))


def integer_cases():
    g = torch.Generator().manual_seed(99)
    int_ranges = {
        torch.int64: [(-10, 10), (0, 1000), (-(10**12), 10**12), (-(2**63), 2**63 - 1)],
        torch.int32: [(-10, 10), (-(2**31), 2**31 - 1)],
        torch.int16: [(-(2**15), 2**15 - 1)],
        torch.int8: [(-128, 127)],
        torch.uint8: [(0, 255)],
    }
    for dtype, ranges in int_ranges.items():
        for low, high in ranges:
            for shape in ([], [6], [3, 4], [2, 3, 2]):
                t = torch.randint(low, high, shape, generator=g, dtype=dtype)
                record(f"{DTYPE_NAMES[dtype]} randint [{low}, {high}) {shape}", t)
    record("int64 extremes", torch.tensor([-(2**63), 2**63 - 1, 0, -1], dtype=torch.int64))
    record("int64 min 0-d", torch.tensor(-(2**63), dtype=torch.int64))
    record("int64 beyond 2^53", torch.tensor([2**53 + 1, -(2**53) - 3], dtype=torch.int64))
    for shape in ([], [1], [5], [2, 3], [2, 2, 2]):
        record(f"bool random {shape}", torch.rand(shape, generator=g) < 0.5)
    record("bool all true", torch.ones(4, dtype=torch.bool))
    record("bool all false", torch.zeros(2, 2, dtype=torch.bool))


def summarisation_cases():
    g = torch.Generator().manual_seed(7)
    record("randn 2000", torch.randn(2000, generator=g))
    record("randn 50x50", torch.randn(50, 50, generator=g))
    record("randn 12x10x10", torch.randn(12, 10, 10, generator=g))
    record("randn 5x6x7x8", torch.randn(5, 6, 7, 8, generator=g))
    record("randn 3x4x100 (only the last dim summarised)", torch.randn(3, 4, 100, generator=g))
    record("randn 2x3x200 float64", torch.randn(2, 3, 200, generator=g, dtype=torch.float64))
    record("randint 40x40", torch.randint(-500, 500, (40, 40), generator=g))
    record("randint 4x5x60 int32", torch.randint(0, 10**6, (4, 5, 60), generator=g, dtype=torch.int32))
    record("bool 30x40", torch.rand(30, 40, generator=g) < 0.3)
    record("integers as floats 1001", torch.randint(-9, 9, (1001,), generator=g).float())
    # The notation comes from the printed elements only: the hidden middle is never looked at.
    hidden = torch.ones(2000)
    hidden[1000] = 1e-10
    hidden[1001] = 0.5
    record("hidden middle does not affect notation", hidden)
    wide = torch.randn(2000, generator=g)
    wide[5] = 1e6
    record("visible outlier forces scientific", wide)
    record("summarised with requires_grad", torch.randn(30, 40, generator=g).requires_grad_())
    record("summarised with grad_fn", torch.randn(1200, generator=g, requires_grad=True) * 2)
    record("summarised float64 with grad_fn", torch.randn(1200, generator=g, dtype=torch.float64, requires_grad=True) + 1)


def wrapping_cases():
    g = torch.Generator().manual_seed(11)
    for n in (8, 9, 12, 13, 25, 60):
        record(f"randn wrap {n}", torch.randn(n, generator=g))
        record(f"ints wrap {n}", torch.randint(-99, 999, (n,), generator=g))
    record("wide 2-D", torch.randn(4, 20, generator=g))
    record("wide 3-D", torch.randn(2, 2, 15, generator=g))
    record("wide 4-D", torch.randn(2, 2, 2, 11, generator=g) * 1e-6)
    record("bool wrap", torch.rand(40, generator=g) < 0.5)
    record("wide int64 2-D", torch.randint(-(2**62), 2**62, (3, 6), generator=g))
    # Last line long enough that the suffix moves to its own line, and just short enough that it does not.
    for n in range(5, 16):
        record(f"suffix wrap requires_grad {n}", torch.randn(n, generator=g).requires_grad_())
        record(f"suffix wrap dtype+grad_fn {n}", torch.randn(n, generator=g, dtype=torch.float64, requires_grad=True) * 3)
    record("suffix wrap int32", torch.arange(19, dtype=torch.int32) * 1000)
    record("suffix wrap 0-d", torch.tensor(1.5, dtype=torch.float64, requires_grad=True) * torch.tensor(2.0, dtype=torch.float64))


def empty_cases():
    for shape in ([0], [0, 3], [2, 0], [2, 0, 3], [0, 0], [1, 0, 1, 1]):
        record(f"empty float32 {shape}", torch.zeros(shape))
        record(f"empty int64 {shape}", torch.zeros(shape, dtype=torch.int64))
    for dtype in (torch.float64, torch.bool, torch.int32, torch.float16):
        record(f"empty {DTYPE_NAMES[dtype]}", torch.zeros(0, dtype=dtype))
    record("empty requires_grad", torch.zeros(0, 2, requires_grad=True))
    record("empty grad_fn", torch.zeros(0, requires_grad=True) * 2)
    record("empty parameter", nn.Parameter(torch.zeros(0, 4)))


def suffix_cases():
    g = torch.Generator().manual_seed(5)
    record("parameter 2-D", nn.Parameter(torch.randn(3, 4, generator=g)))
    record("parameter without grad", nn.Parameter(torch.randn(3, generator=g), requires_grad=False))
    record("parameter float64", nn.Parameter(torch.randn(2, 2, generator=g, dtype=torch.float64)))
    record("parameter 0-d", nn.Parameter(torch.tensor(2.5)))
    record("parameter summarised", nn.Parameter(torch.randn(100, 20, generator=g)))
    x = torch.randn(2, 3, generator=g, requires_grad=True)
    for name, t in [
        ("grad_fn matmul", x @ torch.randn(3, 2, generator=g)),
        ("grad_fn sum dim", x.sum(dim=1)),
        ("grad_fn unsqueeze", x.unsqueeze(0)),
        ("grad_fn to float64", x.double()),
        ("grad_fn clone", x.clone()),
        ("grad_fn expand", x[0].expand(3, 3)),
        ("grad_fn cat", torch.cat([x, x])),
        ("grad_fn relu int mode", torch.relu(torch.tensor([-1.0, 2.0], requires_grad=True))),
    ]:
        record(name, t)


def option_cases():
    g = torch.Generator().manual_seed(3)
    mixed = torch.randn(4, 5, generator=g)
    small = torch.randn(6, generator=g) * 1e-3
    integral = torch.tensor([1.0, 20.0, -300.0])
    spread = torch.tensor([1.0, 1e5, -2.5])
    big = torch.randn(30, 40, generator=g)
    option_sets = [
        {"precision": 0}, {"precision": 1}, {"precision": 2}, {"precision": 6}, {"precision": 10},
        {"precision": 17}, {"threshold": 5}, {"threshold": 20}, {"threshold": 0},
        {"edgeitems": 1, "threshold": 10}, {"edgeitems": 2, "threshold": 10}, {"edgeitems": 5, "threshold": 10},
        {"linewidth": 40}, {"linewidth": 120}, {"linewidth": 20}, {"linewidth": 5},
        {"sciMode": True}, {"sciMode": False}, {"profile": "short"}, {"profile": "full"},
        {"profile": "short", "precision": 5}, {"precision": 3, "sciMode": True},
        {"precision": 2, "sciMode": False, "linewidth": 50},
    ]
    for options in option_sets:
        for name, t in [("mixed", mixed), ("small", small), ("integral", integral), ("spread", spread),
                        ("big", big), ("ints", torch.arange(12).reshape(3, 4)),
                        ("specials", torch.tensor([0.0, -0.0, math.nan, -math.inf, 0.125, 2.5]))]:
            record(f"options {options} {name}", t, options)
    record("sciMode True on zeros", torch.zeros(3), {"sciMode": True})
    record("sciMode False on huge", torch.tensor([1e30, 1.0]), {"sciMode": False})
    record("sciMode False on huge integers float64", torch.tensor([2.0**80, -7.0], dtype=torch.float64), {"sciMode": False})
    record("sciMode False on tiny", torch.tensor([1e-30, 0.5], dtype=torch.float64), {"sciMode": False})
    record("precision 2 ties", torch.tensor([0.125, 0.375, -0.625, 2.675]), {"precision": 2})
    record("precision 1 ties", torch.tensor([0.25, 0.75, 1.25, -3.75]), {"precision": 1})
    record("precision 0 ties sci", torch.tensor([1.5e5, 2.5, 3.5e-5, 1.0]), {"precision": 0})
    record("precision 1 ties sci", torch.tensor([125.0, 135.0, 1e6, 1.0]), {"precision": 1})
    record("edgeitems 0 vector", torch.arange(10.0), {"edgeitems": 0, "threshold": 5})
    record("threshold full 1200", torch.arange(1200.0) / 3, {"profile": "full"})


def large_case():
    """A tensor too big to store: the test rebuilds it from the expression's formula (element i is i / 7)."""
    expression = "torch.arange(1000000.).reshape(1000, 1000) / 7"
    return {"expression": expression, "repr": repr(eval(expression, {"torch": torch}))}


def size_cases():
    return [{"shape": shape, "str": str(torch.Size(shape))} for shape in SIZES]


def float_format_cases():
    """Single doubles under Python's '{:.Nf}' and '{:.Ne}', including exact ties and extreme magnitudes."""
    rng = random.Random(2024)
    values = []
    for _ in range(500):
        values.append(rng.choice([-1, 1]) * 10 ** rng.uniform(-12, 22))
    for _ in range(250):
        values.append(struct.unpack("<f", struct.pack("<f", rng.gauss(0, 10 ** rng.randint(-6, 9))))[0])
    for _ in range(250):
        values.append(rng.choice([-1, 1]) * rng.randint(1, 2**20) / 2 ** rng.randint(0, 12))
    for _ in range(150):
        values.append(float(rng.randint(1, 10**7) * 10 + 5) * 10 ** rng.randint(0, 4))
    for _ in range(60):
        values.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(63)))[0])
    values += [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.03125, 5e-324, 1.7976931348623157e308, 1e21, 1e22, 2.0**70,
               123465.0, 9.5, 99.5, 999.5, 0.045, 1e-300]
    cases = []
    for value in values:
        bits = struct.pack("<d", value).hex()
        for precision in (rng.randint(0, 6), 4, rng.choice([0, 1, 2, 3, 8, 12, 20, 30, 105, 120])):
            cases.append([bits, precision, format(value, f".{precision}f"), format(value, f".{precision}e")])
    return cases


def main():
    torch.set_printoptions(profile="default")
    reference_cases()
    random_float_cases()
    integer_cases()
    summarisation_cases()
    wrapping_cases()
    empty_cases()
    suffix_cases()
    option_cases()
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names)), "case names must be unique"
    os.makedirs(OUT_DIR, exist_ok=True)
    tensors = {"torch": torch.__version__, "cases": CASES, "sizes": size_cases(), "large": large_case()}
    with open(os.path.join(OUT_DIR, "tensors.json"), "w") as f:
        json.dump(tensors, f, separators=(",", ":"))
        f.write("\n")
    with open(os.path.join(OUT_DIR, "float-format.json"), "w") as f:
        json.dump({"cases": float_format_cases()}, f, separators=(",", ":"))
        f.write("\n")
    print(f"{len(CASES)} tensor cases written to {OUT_DIR}")


if __name__ == "__main__":
    main()

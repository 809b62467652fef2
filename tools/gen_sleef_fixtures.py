"""Writes test/fixtures/ops/sleef_float32.json from real PyTorch (run with /usr/bin/python3): a sweep of float32
inputs through torch's log, log2, log10, log1p, expm1, tanh, sin, cos, tan, sigmoid and pow, whose CPU kernels
call SLEEF's vectorised functions (sigmoid and pow only 16 elements at a time, the rest through the C library). The inputs and every function's outputs are stored as base64 of little-endian
float32 bytes; test/unit/sleefFloat32.test.ts runs the same inputs through the engine and compares the bits.

Each function is applied to the whole input tensor at once, as the test does: sin, cos and tan choose their
argument reduction per vector of 8 consecutive elements.

The activations elu, gelu (both forms), silu and softplus are recorded forward and backward on tensors of 1 to
40 elements and on the whole sweep, each tensor separately: the elements of whole groups of 16 take the
vectorised path (SLEEF), the rest the scalar one (glibc), and gelu's erf form on more than one element runs in
oneDNN. The same values as float64 take 8 elements at a time through SLEEF's double-precision functions.

asin, acos, atan, erf and erfc (SLEEF on every element), asinh, acosh, atanh and exp2 (glibc on every element),
sinh and cosh (SLEEF on whole groups of 16, glibc on the rest) are recorded on the sweep; sinh, cosh and atan2
also forward and backward on the tensors of 1 to 40 elements.

Usage: /usr/bin/python3 tools/gen_sleef_fixtures.py"""
import base64
import json
import os

import torch
import torch.nn.functional as F

torch.set_num_threads(1)
generator = torch.Generator().manual_seed(20240601)


def uniform(n, low, high):
    return torch.rand(n, generator=generator, dtype=torch.float64) * (high - low) + low


def log_uniform(n, low, high):
    return torch.exp(uniform(n, low, high))


def signs(n):
    return torch.where(torch.rand(n, generator=generator) < 0.5, -1.0, 1.0).double()


SPECIALS = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, float("inf"), float("-inf"), float("nan"), 1e-45, -1e-45, 1e-40, 1.17549435e-38,
            3.4e38, -3.4e38, 0.7, -0.7, 125.0, -125.0, 124.99999, 8.664339742, 88.72283, 88.73, -16.6355, -104.0, 1e38, 2e38,
            -0.9999999, -1.0000001, 39000.0, 1e7, 1e10, 3.1415927, 1.5707964, 0.7853982]

inputs = torch.cat([
    torch.tensor(SPECIALS, dtype=torch.float64),
    uniform(900, -10, 10),
    uniform(300, -1, 1),
    uniform(200, -200, 200),
    log_uniform(300, -20, 20) * signs(300),
    log_uniform(200, -100, 88),
    uniform(80, -3e4, 3e4),
]).float()

FUNCTIONS = {
    "log": torch.log,
    "log2": torch.log2,
    "log10": torch.log10,
    "log1p": torch.log1p,
    "expm1": torch.expm1,
    "tanh": torch.tanh,
    "sin": torch.sin,
    "cos": torch.cos,
    "tan": torch.tan,
    "sigmoid": torch.sigmoid,
    "asin": torch.asin,
    "acos": torch.acos,
    "atan": torch.atan,
    "erf": torch.erf,
    "erfc": torch.erfc,
    "exp2": torch.exp2,
    "asinh": torch.asinh,
    "acosh": torch.acosh,
    "atanh": torch.atanh,
    "sinh": torch.sinh,
    "cosh": torch.cosh,
}
# pow with a Python float exponent: the first 16 * k elements go through SLEEF's powf, the rest through pow().
POW_EXPONENTS = [1.7, 0.3, -1.5, 2.5, 0.25, -0.7, 1.0, 4.0]
pow_bases = torch.cat([torch.tensor([0.0, -0.0, 1.0, -1.0, -2.0, float("inf"), float("nan")]), uniform(300, 0, 10).float(),
                       uniform(100, -5, 5).float(), log_uniform(100, -60, 60).float()])


def encode(tensor):
    return base64.b64encode(tensor.contiguous().numpy().astype("<f4").tobytes()).decode()


def encode_float64(tensor):
    return base64.b64encode(tensor.contiguous().numpy().astype("<f8").tobytes()).decode()


ACTIVATIONS = {
    "elu": lambda x: F.elu(x, alpha=0.7),
    "gelu": F.gelu,
    "gelu_tanh": lambda x: F.gelu(x, approximate="tanh"),
    "silu": F.silu,
    "softplus": lambda x: F.softplus(x, beta=1.5, threshold=6),
    # not activations, but with the same split between SLEEF (whole groups of 16) and glibc (the rest)
    "sinh": torch.sinh,
    "cosh": torch.cosh,
    "atan2": lambda x: torch.atan2(x, x * x - 2),
}
# computed in float64 through JavaScript's Math functions, within an ulp of PyTorch's (test/unit/tensorOpsTranscendental.test.ts)
NOT_EXACT_IN_FLOAT64 = {"gelu", "sinh", "cosh", "atan2"}
activation_lengths = list(range(1, 41)) + [len(inputs)]
activation_inputs = torch.cat([(torch.randn(n, generator=generator) * 4) for n in activation_lengths[:-1]] + [inputs])
activation_upstream = torch.randn(len(activation_inputs), generator=generator)


def activation_outputs(fn, dtype=torch.float32):
    outputs, grads = [], []
    for x, upstream in zip(activation_inputs.to(dtype).split(activation_lengths), activation_upstream.to(dtype).split(activation_lengths)):
        x = x.clone().requires_grad_()
        y = fn(x)
        outputs.append(y.detach())
        grads.append(torch.autograd.grad(y, x, upstream)[0])
    encoded = encode if dtype == torch.float32 else encode_float64
    return {"outputs": encoded(torch.cat(outputs)), "grads": encoded(torch.cat(grads))}


# float64 exp and log (SLEEF's expd and logd on every element) and sigmoid (SLEEF's expd 8 elements at a time,
# glibc's exp for the rest) on a sweep of doubles
inputs_float64 = torch.cat([uniform(1500, -30, 30), log_uniform(500, -700, 700), uniform(7, -745, 710),
                            torch.tensor([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 5e-324, 1e-310, 709.8, -746.0])])

fixture = {
    "inputs": encode(inputs),
    "outputs": {name: encode(fn(inputs)) for name, fn in FUNCTIONS.items()},
    "pow": {"bases": encode(pow_bases), "outputs": {repr(e): encode(pow_bases ** e) for e in POW_EXPONENTS}},
    "float64": {"inputs": encode_float64(inputs_float64),
                "outputs": {name: encode_float64(fn(inputs_float64)) for name, fn in [("exp", torch.exp), ("log", torch.log), ("sigmoid", torch.sigmoid)]}},
    "activations": {"lengths": activation_lengths, "inputs": encode(activation_inputs), "upstream": encode(activation_upstream),
                    "functions": {name: activation_outputs(fn) for name, fn in ACTIVATIONS.items()},
                    # float64 on the same values, but for the functions computed otherwise (gelu's erf form: its float64 erf is not SLEEF's)
                    "float64": {name: activation_outputs(fn, torch.float64) for name, fn in ACTIVATIONS.items() if name not in NOT_EXACT_IN_FLOAT64}},
}
path = os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "ops", "sleef_float32.json")
with open(path, "w") as out:
    json.dump(fixture, out, indent=1)
    out.write("\n")
print(f"{len(inputs)} inputs, {len(pow_bases)} pow bases -> {os.path.relpath(path)}")

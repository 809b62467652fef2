"""Writes test/fixtures/numeric/libm_float64.json: inputs and this machine's glibc results (libm.so.6 through
ctypes: the functions PyTorch's scalar double code and CPython's math module call) for log, exp, erf, sin and
cos, as base64 of little-endian float64 bytes. test/unit/numericLibm.test.ts runs the same inputs through
engine/numeric/libm.ts and compares the bits.

Sweeps: randn's own arguments (1 - u and 2 pi u for 53-bit uniforms), wide logarithmic ranges with subnormals,
the neighbourhood of 1 (log's second algorithm), every range boundary of sin and cos up to 105414350 (where
glibc's multi-word reduction starts), and the special values.

Usage: python3 tools/gen_libm_fixtures.py   (any CPython; glibc 2.36 on x86-64 with FMA)"""
import base64
import ctypes
import json
import math
import os
import random
import struct

libm = ctypes.CDLL('libm.so.6')
for name in ('log', 'exp', 'erf', 'sin', 'cos'):
    getattr(libm, name).restype = ctypes.c_double
    getattr(libm, name).argtypes = [ctypes.c_double]

rng = random.Random(20261203)
unit = lambda: rng.getrandbits(53) / 2**53
SPECIAL = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308]


def log_uniform(n, low, high):
    return [math.exp(low + (high - low) * unit()) for _ in range(n)]


def spread(n, low, high):
    return [low + (high - low) * unit() for _ in range(n)]


def around(points, n):
    """n inputs within a few ulps of each point, both signs."""
    out = []
    for p in points:
        for _ in range(n):
            out.append(sign() * p * (1 + (unit() - 0.5) * 2**-50))
    return out


def sign():
    return -1.0 if rng.random() < 0.5 else 1.0


log_inputs = (
    [1 - unit() for _ in range(3000)]
    + log_uniform(2000, -744, 709)
    + [x * 2**-1074 for x in log_uniform(500, 0, 36)]  # subnormals
    + spread(2000, 0.9, 1.1)
    + spread(500, 0.93, 0.94) + spread(500, 1.06, 1.07)  # edges of the near-1 range
    + SPECIAL
)
exp_inputs = spread(3000, -750, 712) + spread(3000, -1, 1) + [sign() * x for x in log_uniform(1000, -60, 0)] + SPECIAL
erf_inputs = spread(3000, -7, 7) + [sign() * x for x in log_uniform(2000, -40, 2)] + SPECIAL
trig_inputs = (
    [2 * math.pi * unit() for _ in range(3000)]
    + [sign() * x for x in spread(2000, 0, 4)]
    + [sign() * x for x in log_uniform(2000, -40, math.log(105414349))]
    + around([2**-27, 2**-26, 0.126, 0.855469, 0.85546875, 2.426265, math.pi / 2, math.pi, 105414349.0], 40)
    + [0.0, -0.0, math.inf, -math.inf, math.nan]
)


def encode(values):
    return base64.b64encode(struct.pack(f'<{len(values)}d', *values)).decode()


def sweep(name, inputs):
    return {'inputs': encode(inputs), 'outputs': encode([getattr(libm, name)(x) for x in inputs])}


fixture = {
    'log': sweep('log', log_inputs),
    'exp': sweep('exp', exp_inputs),
    'erf': sweep('erf', erf_inputs),
    'sin': sweep('sin', trig_inputs),
    'cos': sweep('cos', trig_inputs),
}
path = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'numeric', 'libm_float64.json')
with open(path, 'w') as f:
    json.dump(fixture, f)
print(f'wrote {path}: ' + ', '.join(f'{k} {len(v["inputs"]) * 3 // 32}' for k, v in fixture.items()))

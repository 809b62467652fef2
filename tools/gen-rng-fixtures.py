#!/usr/bin/python3
"""Writes test/fixtures/rng/torch_rng.json: what PyTorch 1.13's CPU generator produces.

Run with the interpreter that has PyTorch 1.13 installed (Debian's: /usr/bin/python3):
    /usr/bin/python3 tools/gen-rng-fixtures.py
Each case is named like the shared reference (KIND/SEED/...); the unit tests rebuild every
case from its name. Floats are stored as IEEE bit patterns in hex, int64 as decimal strings,
generator states as base64. Arrays longer than INLINE_LIMIT are stored as the SHA-256 of their
little-endian bytes plus the first values. When ../shared/reference/pytorch/rng_reference.json
exists, the cases it also contains are checked against it.
"""
import base64
import hashlib
import json
import os
import sys

import torch
import torch.nn.functional as F

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'test', 'fixtures', 'rng', 'torch_rng.json')
SHARED = os.path.join(ROOT, '..', 'shared', 'reference', 'pytorch', 'rng_reference.json')
INLINE_LIMIT = 2000
HEAD = 16

cases = {}


def encode(tensor):
    tensor = tensor.contiguous().flatten()
    if tensor.dtype == torch.float32:
        values = [format(v & 0xFFFFFFFF, '08x') for v in tensor.view(torch.int32).tolist()]
    elif tensor.dtype == torch.float64:
        values = [format(v & 0xFFFFFFFFFFFFFFFF, '016x') for v in tensor.view(torch.int64).tolist()]
    elif tensor.dtype == torch.int64:
        values = [str(v) for v in tensor.tolist()]
    else:
        raise TypeError(tensor.dtype)
    dtype = str(tensor.dtype).replace('torch.', '')
    if len(values) <= INLINE_LIMIT:
        return {'dtype': dtype, 'values': values}
    digest = hashlib.sha256(tensor.numpy().tobytes()).hexdigest()
    return {'dtype': dtype, 'count': len(values), 'sha256': digest, 'head': values[:HEAD]}


def case(name, tensor):
    assert name not in cases, name
    cases[name] = encode(tensor)


def initial_seed(name, value):
    assert name not in cases, name
    cases[name] = {'dtype': 'uint64', 'values': [str(value)]}


def seeded(seed):
    torch.manual_seed(seed)


# --- The shared reference's cases ---
for seed in (0, 42):
    for size in (3, 15, 16, 17, 100, 1000):
        for kind, maker in (('randn', torch.randn), ('rand', torch.rand)):
            for suffix, dtype in (('', torch.float32), ('64', torch.float64)):
                seeded(seed)
                case(f'{kind}{suffix}/{seed}/{size}', maker(size, dtype=dtype))
    for fan_in, fan_out in ((5, 3), (784, 128)):
        seeded(seed)
        layer = torch.nn.Linear(fan_in, fan_out)
        case(f'linear{fan_in}x{fan_out}/{seed}/weight', layer.weight.detach())
        case(f'linear{fan_in}x{fan_out}/{seed}/bias', layer.bias.detach())
    seeded(seed)
    case(f'seq/{seed}', torch.cat([torch.randn(3), torch.randn(3), torch.randn(20), torch.randn(1), torch.rand(2)]))
    seeded(seed)
    case(f'seq2/{seed}', torch.cat([torch.randn(5, 3).flatten(), torch.randn(20), torch.rand(4)]))
    seeded(seed)
    case(f'uniform_m2_3/{seed}', torch.empty(40).uniform_(-2, 3))
    seeded(seed)
    case(f'normal_1_2_small/{seed}', torch.empty(7).normal_(1, 2))
    seeded(seed)
    case(f'normal_1_2_big/{seed}', torch.empty(37).normal_(1, 2))
    seeded(seed)
    case(f'dropout/{seed}', F.dropout(torch.ones(40), 0.5))
    seeded(seed)
    case(f'randint/{seed}', torch.randint(0, 10, (20,)))
    for n in (10, 100):
        seeded(seed)
        case(f'randperm{n}/{seed}', torch.randperm(n))
    seeded(seed)
    initial_seed(f'initial_seed/{seed}', torch.initial_seed())

# --- Seeding: raw uint32 draws (randint over [0, 2^32 - 1) is random() % (2^32 - 1)) ---
for seed in (1, 7, 2**31 - 1, 2**32 - 1, 2**32, 2**32 + 1, 2**63, 2**64 - 1, -1, -7, -2**63):
    seeded(seed)
    initial_seed(f'initial_seed/{seed}', torch.initial_seed())
    case(f'raw/{seed}', torch.randint(0, 2**32 - 1, (8,)))
    seeded(seed)
    case(f'randn/{seed}/17', torch.randn(17))

# --- Block-path edges and large streams ---
for size in (1, 2, 31, 32, 33, 47):
    seeded(7)
    case(f'randn/7/{size}', torch.randn(size))
seeded(7)
case('randn64/7/33', torch.randn(33, dtype=torch.float64))
for seed, size in ((0, 160000), (2024, 1000000)):
    seeded(seed)
    case(f'randn/{seed}/{size}', torch.randn(size))
    seeded(seed)
    case(f'rand/{seed}/{size}', torch.rand(size))

# --- uniform_ and normal_ with other parameters, both paths and dtypes ---
for lo, hi in ((-0.1, 0.001), (3, 1e6)):
    seeded(5)
    case(f'uniform/5/{lo}/{hi}/64', torch.empty(64).uniform_(lo, hi))
    seeded(5)
    case(f'uniform64/5/{lo}/{hi}/64', torch.empty(64, dtype=torch.float64).uniform_(lo, hi))
for size in (5, 40):
    seeded(3)
    case(f'normal/3/-3/0.7/{size}', torch.empty(size).normal_(-3, 0.7))
    seeded(3)
    case(f'normal64/3/-3/0.7/{size}', torch.empty(size, dtype=torch.float64).normal_(-3, 0.7))
seeded(3)
transposed = torch.empty(4, 8).t()  # 32 elements, not contiguous: the scalar path, in memory order
transposed.normal_()
case('noncontiguous/3/32', transposed.t())

# --- nn.Linear default init for other fan-ins ---
for seed, fan_in, fan_out in ((1, 3, 7), (9, 1, 1), (3, 1000, 10)):
    seeded(seed)
    layer = torch.nn.Linear(fan_in, fan_out)
    case(f'linear{fan_in}x{fan_out}/{seed}/weight', layer.weight.detach())
    case(f'linear{fan_in}x{fan_out}/{seed}/bias', layer.bias.detach())

# --- Generator objects next to the default generator ---
case('generator/default/5', torch.randn(5, generator=torch.Generator()))
initial_seed('initial_seed/new_generator', torch.Generator().initial_seed())
g = torch.Generator()
g.manual_seed(7)
seeded(0)
case('generator/interleave', torch.cat([
    torch.randn(3, generator=g), torch.randn(3), torch.randn(2, generator=g), torch.rand(2, generator=g),
    torch.randn(1), torch.randn(20, generator=g), torch.randn(1, generator=g)]))

# --- get_rng_state / set_rng_state ---
states = {}
seeded(5)
states['state/5/seeded'] = torch.get_rng_state()
torch.randn(3)
states['state/5/randn3'] = torch.get_rng_state()
torch.rand(700)
states['state/5/randn3_rand700'] = torch.get_rng_state()
restored = states['state/5/randn3']
torch.set_rng_state(restored)
case('continue/5/randn3', torch.cat([torch.randn(3), torch.rand(2)]))

# --- Integers ---
for low, high in ((-5, 5), (0, 2**32), (-2**40, 2**40), (0, 2**53), (-2**63, 2**63 - 1), (2**62, 2**63 - 1)):
    seeded(11)
    case(f'randint/11/{low}/{high}/20', torch.randint(low, high, (20,)))
for n in (1, 2, 1000, 100000):
    seeded(13)
    case(f'randperm/13/{n}', torch.randperm(n))

# --- Bernoulli, dropout, exponential ---
for suffix, dtype in (('', torch.float32), ('64', torch.float64)):
    seeded(17)
    case(f'bernoulli{suffix}/17/0.3/40', torch.empty(40, dtype=dtype).bernoulli_(0.3))
    seeded(17)
    case(f'bernoulli_probs{suffix}/17/40', torch.bernoulli(torch.arange(40, dtype=dtype) / 64))  # exact probabilities
    seeded(17)
    case(f'dropout{suffix}/17/0.3/40', F.dropout(torch.ones(40, dtype=dtype), 0.3))
    seeded(17)
    case(f'exponential{suffix}/17/1.5/40', torch.empty(40, dtype=dtype).exponential_(1.5))

# --- Interleavings: the cached normal survives rand, randint and randperm ---
for seed in (0, 19):
    seeded(seed)
    case(f'mix/{seed}', torch.cat([
        torch.rand(3), torch.randn(3), torch.rand(17), torch.randn(1), torch.randn(17), torch.randn(1), torch.rand(1),
        torch.randn(16), torch.randn(2)]))
    seeded(seed)
    case(f'mix_int/{seed}', torch.cat([
        torch.randn(3), torch.randperm(5).float(), torch.randint(0, 10, (3,)).float(), torch.randn(2)]))

for name, state in states.items():
    cases[name] = {'dtype': 'bytes', 'values': base64.b64encode(state.numpy().tobytes()).decode()}

if os.path.exists(SHARED):
    with open(SHARED) as file:
        shared = json.load(file)
    checked = 0
    for name, expected in shared.items():
        if name not in cases:
            sys.exit(f'shared reference case {name} has no recipe here')
        ours = cases[name]
        if isinstance(expected, int):
            expected = [expected]
        if 'values' in ours:
            assert [str(v) for v in expected] == ours['values'], name
        else:
            assert [str(v) for v in expected[:HEAD]] == ours['head'] and len(expected) == ours['count'], name
        checked += 1
    print(f'{checked} shared reference cases reproduced')

meta = {'torch': torch.__version__, 'mkl': torch.backends.mkl.is_available(),
        'avx2': 'CPU capability usage: AVX2' in torch.__config__.show()}
with open(OUT, 'w') as file:
    # One case per line keeps diffs readable.
    lines = [f'{json.dumps(name)}: {json.dumps(value, separators=(",", ":"))}' for name, value in cases.items()]
    file.write('{"generator": "tools/gen-rng-fixtures.py", "pytorch": ' + json.dumps(meta) + ', "cases": {\n')
    file.write(',\n'.join(lines) + '\n}}\n')
print(f'{len(cases)} cases -> {os.path.relpath(OUT, ROOT)} ({os.path.getsize(OUT)} bytes)')

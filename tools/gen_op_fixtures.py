"""Writes test/fixtures/ops/FAMILY.json from real PyTorch (run with /usr/bin/python3): for every case of
tools/opcases/FAMILY.py, the input tensors, the forward result and the gradients of the inputs for a fixed
upstream gradient, as exact bit patterns, plus the result's grad_fn name. test/unit/tensorOps*.test.ts run the
same case names through the engine (test/support/opCases.ts).

Usage: /usr/bin/python3 tools/gen_op_fixtures.py FAMILY [FAMILY ...]

A case is (name, function of the input tensors, input specs); an input spec is (shape, kind) where
kind picks how values are drawn: 'randn', 'positive' (|randn| + 0.5), 'int' (randint 0..9, int64),
'bool' (randn > 0), 'bool_float' (0./1. targets, not tracked), 'int_signed' (int64 in -9..9),
'int_nonzero' (int64 in -9..9 without 0, for divisors), 'int32' and 'int32_nonzero' (the same as int32; also
'int16', 'int8' and their '_nonzero'), 'uint8' (0..255), 'distinct' (floats without ties, for
max/argmax/sort), 'index:N' (int64 in 0..N-1, for gather/index_select), 'ties' (floats 0., 1., 2., many
ties), 'zeros' (randn with about 30% exact zeros), 'nans' (randn with about 30% NaNs), 'one_zero' (positive floats with exactly one zero),
'unit' (rand in [0, 1), not tracked: probabilities, soft targets), 'weight' (rand + 0.5, not tracked: loss weights).
Float inputs require grad.
A case may return one tensor or a tuple/list of tensors (e.g. max with a dim, split).

A family may also list ERRORS, calls PyTorch refuses: their exception type and message go to
test/fixtures/ops/FAMILY_errors.json (test/support/opCases.ts runErrorCases)."""
import importlib
import json
import os
import struct
import sys

import torch

torch.set_num_threads(1)



def bits(t):
    values = t.detach().contiguous().view(-1).tolist()
    if t.dtype == torch.float32:
        return [format(struct.unpack("<I", struct.pack("<f", v))[0], "08x") for v in values]
    if t.dtype == torch.float64:
        return [format(struct.unpack("<Q", struct.pack("<d", v))[0], "016x") for v in values]
    return [int(v) for v in values]


def record(t):
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""), "values": bits(t)}


SMALL_INTS = {"int32": torch.int32, "int16": torch.int16, "int8": torch.int8}


def make_input(shape, kind):
    if kind == "randn":
        return torch.randn(*shape)
    if kind == "positive":
        return torch.randn(*shape).abs() + 0.5
    if kind == "int":
        return torch.randint(0, 10, shape)
    if kind in ("int_signed", "int32", "int16", "int8"):
        return torch.randint(-9, 10, shape, dtype=SMALL_INTS.get(kind, torch.int64))
    if kind in ("int_nonzero", "int32_nonzero", "int16_nonzero", "int8_nonzero"):
        values = torch.randint(1, 10, shape) * (torch.randint(0, 2, shape) * 2 - 1)
        return values.to(SMALL_INTS.get(kind.removesuffix("_nonzero"), torch.int64))
    if kind == "uint8":
        return torch.randint(0, 256, shape, dtype=torch.uint8)
    if kind == "bool":
        return torch.randn(*shape) > 0
    if kind == "bool_float":
        return (torch.randn(*shape) > 0).float()
    if kind == "distinct":
        n = 1
        for size in shape:
            n *= size
        return ((torch.randperm(n).float() - n / 2) / 4).reshape(shape)
    if kind.startswith("index:"):
        return torch.randint(0, int(kind.split(":")[1]), shape)
    if kind == "ties":
        return torch.randint(0, 3, shape).float()
    if kind == "zeros":
        return torch.randn(*shape) * (torch.rand(*shape) > 0.3)
    if kind == "nans":
        return torch.randn(*shape).masked_fill(torch.rand(*shape) < 0.3, float("nan"))
    if kind == "one_zero":
        values = torch.randn(*shape).abs() + 0.5
        values.view(-1)[torch.randint(0, values.numel(), ())] = 0
        return values
    if kind == "unit":
        return torch.rand(*shape)
    if kind == "weight":
        return torch.rand(*shape) + 0.5
    raise ValueError(kind)


def run_case(index, name, fn, specs):
    torch.manual_seed(1000 + index)
    inputs = [make_input(shape, kind) for shape, kind in specs]
    tracked = [t.clone().requires_grad_(t.is_floating_point() and kind not in ("bool_float", "unit", "weight")) for t, (_, kind) in zip(inputs, specs)]
    result = fn(*tracked)
    outputs = list(result) if isinstance(result, (tuple, list)) else [result]
    case = {"inputs": [record(t) for t in inputs], "requires_grad": [t.requires_grad for t in tracked],
            "outputs": [record(out) for out in outputs],
            "grad_fns": [out.grad_fn.name() if out.grad_fn else None for out in outputs]}
    wanted = [t for t in tracked if t.requires_grad]
    differentiable = [out for out in outputs if out.requires_grad]
    if wanted and differentiable:
        upstream = [torch.randn(out.shape, dtype=out.dtype) for out in differentiable]
        grads = torch.autograd.grad(differentiable, wanted, upstream, allow_unused=True)
        case["upstream"] = [record(u) for u in upstream]
        case["grads"] = [record(g) if g is not None else None for g in grads]
    return case


def write_family(family):
    module = importlib.import_module(f"opcases.{family}")
    cases = {name: run_case(i, name, fn, specs) for i, (name, fn, specs) in enumerate(module.CASES)}
    path = f"test/fixtures/ops/{family}.json"
    with open(path, "w") as file:
        json.dump({"torch": torch.__version__, "cases": cases}, file, indent=None, separators=(",", ":"))
        file.write("\n")
    print(f"wrote {path}: {len(cases)} cases ({sys.executable}, torch {torch.__version__})")
    if hasattr(module, "ERRORS"):
        write_errors(family, module.ERRORS)


def write_errors(family, calls):
    errors = {}
    for name, call in calls:
        try:
            call()
        except Exception as error:  # recorded as PyTorch raises it
            errors[name] = {"type": type(error).__name__, "message": str(error)}
        else:
            sys.exit(f"{name}: PyTorch did not raise")
    path = f"test/fixtures/ops/{family}_errors.json"
    with open(path, "w") as file:
        json.dump({"torch": torch.__version__, "errors": errors}, file, indent=1)
        file.write("\n")
    print(f"wrote {path}: {len(errors)} errors")


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    for family in sys.argv[1:] or sys.exit(__doc__):
        write_family(family)

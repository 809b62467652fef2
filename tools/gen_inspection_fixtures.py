"""Writes test/fixtures/inspection/live-state.json from real PyTorch: a notebook program, and what its names hold
afterwards, i.e. what hovers and completions must show: each tensor's shape, dtype, requires_grad, is_leaf, grad_fn
and grad (shape, norm) with a small value preview, each module's named_parameters, other values' repr, and dir() of
the objects completions list attributes of. Run with /usr/bin/python3 (Debian's python3-torch 1.13).
test/unit/kernelInspection.test.ts runs the same program in an agnb kernel and compares."""
import json
import sys

import torch
import torch.nn.functional as F

PROGRAM = """import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.ones(5)
y = torch.zeros(3)
w = torch.randn(5, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
z = torch.matmul(x, w) + b
loss = F.binary_cross_entropy_with_logits(z, y)
loss.backward()
big = torch.arange(100.).reshape(10, 10)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
fc = model[0]
n = 42
names = ['a', 'b']
shorts = torch.arange(-300, 300, 7, dtype=torch.int16).reshape(2, -1)
"""

HOVERS = ["x", "w", "w.grad", "b", "z", "loss", "big", "model", "fc", "fc.weight", "fc.bias.grad", "n", "names", "shorts"]
DIRS = ["w", "model", "fc", "torch", "torch.nn", "F"]

# A hover's value preview: PyTorch's print with a small threshold, without the requires_grad/grad_fn suffix.
PREVIEW_OPTIONS = {"threshold": 24, "edgeitems": 2}


def describe(value):
    if isinstance(value, torch.Tensor):
        grad = value.grad if value.is_leaf else None
        torch.set_printoptions(**PREVIEW_OPTIONS)
        preview = repr(value.detach())
        torch.set_printoptions(profile="default")
        return {
            "type": type(value).__name__,
            "tensor": {
                "shape": list(value.shape),
                "dtype": str(value.dtype),
                "requiresGrad": value.requires_grad,
                "isLeaf": value.is_leaf,
                "gradFn": type(value.grad_fn).__name__ if value.grad_fn is not None else None,
                "grad": {"shape": list(grad.shape), "norm": grad.norm().item()} if grad is not None else None,
                "preview": preview,
            },
        }
    if isinstance(value, torch.nn.Module):
        parameters = [{"name": name, "shape": list(p.shape), "count": p.numel()} for name, p in value.named_parameters()]
        return {"type": type(value).__name__, "parameters": parameters, "totalParameters": sum(p["count"] for p in parameters), "repr": repr(value)}
    return {"type": type(value).__name__, "repr": repr(value)}


def main():
    namespace = {}
    exec(PROGRAM, namespace)
    hovers = {expression: describe(eval(expression, namespace)) for expression in HOVERS}
    dirs = {chain: sorted(name for name in dir(eval(chain, namespace)) if not name.startswith("_")) for chain in DIRS}
    json.dump({"program": PROGRAM, "hovers": hovers, "dirs": dirs}, sys.stdout, indent=1)
    sys.stdout.write("\n")


main()

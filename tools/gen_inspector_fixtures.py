"""Writes test/fixtures/inspector/programs.json from real PyTorch: for each program, what the notebook's rich
outputs and the inspector must show about the names it defines (shape, dtype, flags, grad_fn, sampled values,
grads), each module's parameter counts, and each tensor's autograd graph as a walk of next_functions finds it,
with whether each node's saved tensors were freed by backward. Run with /usr/bin/python3 (Debian's
python3-torch 1.13). test/unit/inspectorPayloads.test.ts runs the same programs in the agnb kernel."""
import json
import math
import sys
from pathlib import Path

import torch

torch.set_num_threads(1)

# Must match engine/torch/inspect.ts: how many points a line and a heatmap side sample at most.
MAX_LINE_POINTS = 512
MAX_HEATMAP_SIDE = 64

# The first cell of examples/autograd-tutorial.agnb, without its comments.
SEED_TUTORIAL = """import torch
torch.manual_seed(0)
x = torch.ones(5)
y = torch.zeros(3)
w = torch.randn(5, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
z = torch.matmul(x, w)+b
loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y)
"""

# One leaf used three times: a single AccumulateGrad node, reached along several edges.
SHARED_LEAF = """import torch
torch.manual_seed(1)
a = torch.randn(4, requires_grad=True)
s = (a * a + a.exp()).sum()
"""

PROGRAMS = {
    "seed_tutorial": {
        "source": SEED_TUTORIAL,
        "tensors": ["x", "y", "w", "b", "z", "loss"],
        "graphs": ["loss", "z", "w"],
    },
    "after_backward": {
        "source": SEED_TUTORIAL + "loss.backward()\n",
        "tensors": ["w", "b", "loss"],
        "graphs": ["loss"],
    },
    "retained_graph": {
        "source": SHARED_LEAF + "s.backward(retain_graph=True)\n",
        "tensors": ["a", "s"],
        "graphs": ["s"],
    },
    "shared_leaf_freed": {
        "source": SHARED_LEAF + "s.backward()\n",
        "tensors": ["a", "s"],
        "graphs": ["s"],
    },
    "module": {
        "source": """import torch
import torch.nn as nn
torch.manual_seed(0)

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(4, 8)
        self.act = nn.ReLU()
        self.out = nn.Linear(8, 1, bias=False)

    def forward(self, x):
        return self.out(self.act(self.hidden(x)))

model = Net()
seq = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 2))
x = torch.randn(6, 4)
pred = model(x)
loss = nn.MSELoss()(pred, torch.zeros(6, 1))
""",
        "tensors": ["pred", "loss"],
        "graphs": ["loss"],
        "modules": ["model", "seq"],
    },
    "large_and_special": {
        "source": """import torch
torch.manual_seed(0)
big = torch.randn(300, 130)
wide = torch.arange(2000.) / 7
odd = torch.tensor([1.0, float('nan'), float('inf'), -float('inf'), -2.5])
cube = torch.randn(3, 4, 5, dtype=torch.float64)
scalar = torch.tensor(3.25)
flags = torch.tensor([[True, False], [False, True]])
counts = torch.arange(12).reshape(3, 4)
strided = torch.randn(10, 12).t()[2:, ::3]
empty = torch.zeros(0, 3)
chars = torch.tensor([[-128, 5], [7, 127]], dtype=torch.int8)
shorts = torch.arange(-300, 300, 7, dtype=torch.int16)
""",
        "tensors": ["big", "wide", "odd", "cube", "scalar", "flags", "counts", "strided", "empty", "chars", "shorts"],
        "graphs": [],
    },
}


def spread(size, count):
    """`count` evenly spaced indices in [0, size), first and last included (as engine/torch/inspect.ts)."""
    if size <= count:
        return list(range(size))
    # Round half to even differs from JS Math.round only at exact halves; use floor(x + 0.5) like Math.round.
    return [math.floor(i * (size - 1) / (count - 1) + 0.5) for i in range(count)]


def sample_value(v):
    if isinstance(v, bool):
        return int(v)
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def sample(t):
    t = t.detach()
    rank = t.dim()
    slice_ = [0] * (rank - 2) if rank > 2 else []
    if rank == 0:
        indices, data = [], [sample_value(t.item())]
    elif rank == 1:
        indices = [spread(t.shape[0], MAX_LINE_POINTS)]
        data = [sample_value(t[i].item()) for i in indices[0]]
    else:
        matrix = t[tuple(slice_)]
        indices = [spread(t.shape[-2], MAX_HEATMAP_SIDE), spread(t.shape[-1], MAX_HEATMAP_SIDE)]
        data = [sample_value(matrix[r, c].item()) for r in indices[0] for c in indices[1]]
    values = t.double().flatten()
    values = values[~torch.isnan(values)]
    minimum = sample_value(values.min().item()) if values.numel() else None
    maximum = sample_value(values.max().item()) if values.numel() else None
    return {"indices": indices, "data": data, "slice": slice_, "min": minimum, "max": maximum}


def describe(t):
    grad = t.grad if t.is_leaf or t.retains_grad else None  # .grad of other non-leaves warns and is None
    return {
        "shape": list(t.shape),
        "dtype": str(t.dtype),
        "requiresGrad": t.requires_grad,
        "isLeaf": t.is_leaf,
        "gradFn": type(t.grad_fn).__name__ if t.grad_fn is not None else None,
        "numel": t.numel(),
        "values": sample(t),
        "grad": None if grad is None else {"shape": list(grad.shape), "norm": grad.double().norm().item(), "values": sample(grad)},
    }


def tensor_names(namespace):
    """Tensor identity -> the name a user would type: globals first, then modules' parameters."""
    names = {}
    for name, value in namespace.items():
        if isinstance(value, torch.Tensor) and id(value) not in names:
            names[id(value)] = name
    for name, value in namespace.items():
        if isinstance(value, torch.nn.Module):
            for pname, p in value.named_parameters():
                names.setdefault(id(p), f"{name}.{pname}")
    return names


def saved_state(fn):
    """Whether fn holds tensors saved for backward ("kept"), none, or backward freed them (reading one raises)."""
    count, freed = 0, False
    for attr in dir(fn):
        if not attr.startswith("_saved_") or attr.startswith("_saved_self_sym") or attr.startswith("_saved_mat2_sym"):
            continue
        try:
            value = getattr(fn, attr)
        except RuntimeError:
            count += 1
            freed = True
            continue
        if isinstance(value, torch.Tensor):
            count += 1
    return "freed" if freed else "kept" if count else "none"


def graph(t, namespace):
    """Breadth-first walk of next_functions from t.grad_fn: nodes in visiting order, edges by index."""
    names = tensor_names(namespace)
    if t.grad_fn is None:
        return {"nodes": [], "edges": []}
    order, index, edges = [t.grad_fn], {t.grad_fn: 0}, []
    i = 0
    while i < len(order):
        fn = order[i]
        for nxt, _ in fn.next_functions:
            if nxt is None:
                continue
            if nxt not in index:
                index[nxt] = len(order)
                order.append(nxt)
            edges.append([i, index[nxt]])
        i += 1
    nodes = []
    for fn in order:
        node = {"label": type(fn).__name__, "name": fn.name()}
        if hasattr(fn, "variable"):
            node["leaf"] = names.get(id(fn.variable), "(unnamed tensor)")
            node["leafShape"] = list(fn.variable.shape)
        else:
            node["saved"] = saved_state(fn)
        nodes.append(node)
    return {"nodes": nodes, "edges": edges}


def module_tree(name, module, seen):
    params, own = [], 0
    for pname, p in module.named_parameters(recurse=False):
        if id(p) in seen:
            continue
        seen.add(id(p))
        params.append({"name": pname, "shape": list(p.shape), "dtype": str(p.dtype), "requiresGrad": p.requires_grad, "count": p.numel()})
        own += p.numel()
    kids = [module_tree(child_name, child, seen) for child_name, child in module.named_children()]
    return {
        "name": name,
        "type": type(module).__name__,
        "parameters": params,
        "ownCount": own,
        "totalCount": own + sum(k["totalCount"] for k in kids),
        "children": kids,
    }


def run(program):
    namespace = {}
    exec(program["source"], namespace)
    out = {"source": program["source"], "tensors": {}, "graphs": {}, "modules": {}}
    for name in program["tensors"]:
        out["tensors"][name] = describe(namespace[name])
    for name in program["graphs"]:
        out["graphs"][name] = graph(namespace[name], namespace)
    for name in program.get("modules", []):
        module = namespace[name]
        out["modules"][name] = {
            "root": module_tree("", module, set()),
            "total": sum(p.numel() for p in module.parameters()),
            "trainable": sum(p.numel() for p in module.parameters() if p.requires_grad),
        }
    return out


def main():
    target = Path(__file__).resolve().parent.parent / "test" / "fixtures" / "inspector" / "programs.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    fixtures = {name: run(program) for name, program in PROGRAMS.items()}
    target.write_text(json.dumps({"torch": torch.__version__, "programs": fixtures}, indent=1) + "\n")
    print(f"wrote {target}", file=sys.stderr)


if __name__ == "__main__":
    main()

"""Writes test/fixtures/autograd/scenarios.json from real PyTorch: for each scenario, its input tensors and the
exact float bits of every result and gradient, plus grad_fn names. Run with /usr/bin/python3 (Debian's
python3-torch 1.13). test/unit/tensorAutograd.test.ts rebuilds each scenario with the engine's TS API."""
import json
import struct
import sys

import torch
import torch.nn.functional as F

torch.set_num_threads(1)


def bits(t):
    """Each element's IEEE bit pattern in hex, row-major."""
    values = t.detach().contiguous().view(-1).tolist()
    if t.dtype == torch.float32:
        return [format(struct.unpack("<I", struct.pack("<f", v))[0], "08x") for v in values]
    return [format(struct.unpack("<Q", struct.pack("<d", v))[0], "016x") for v in values]


def record(t):
    return {"shape": list(t.shape), "dtype": str(t.dtype).replace("torch.", ""), "bits": bits(t)}


def inputs(seed, *shapes):
    torch.manual_seed(seed)
    return [torch.randn(*shape) for shape in shapes]


def seed_tutorial():
    x = torch.ones(5)
    y = torch.zeros(3)
    w0, b0 = inputs(0, (5, 3), (3,))
    w = w0.clone().requires_grad_()
    b = b0.clone().requires_grad_()
    z = torch.matmul(x, w) + b
    loss = F.binary_cross_entropy_with_logits(z, y)
    loss.backward()
    return {"inputs": {"w": record(w0), "b": record(b0)},
            "results": {"z": record(z), "loss": record(loss), "w.grad": record(w.grad), "b.grad": record(b.grad)},
            "grad_fns": {"z": z.grad_fn.name(), "loss": loss.grad_fn.name(),
                         "z.next": [n.name() if n else None for n, _ in z.grad_fn.next_functions],
                         "z.next.0.next": [n.name() if n else None for n, _ in z.grad_fn.next_functions[0][0].next_functions]}}


def broadcast_arithmetic():
    a0, b0 = inputs(1, (4, 3), (3,))
    a = a0.clone().requires_grad_()
    b = b0.clone().requires_grad_()
    out = ((a * b + 1) / (b - 3)) ** 2
    s = (2 - out).sum()
    s.backward()
    return {"inputs": {"a": record(a0), "b": record(b0)},
            "results": {"out": record(out), "s": record(s), "a.grad": record(a.grad), "b.grad": record(b.grad)},
            "grad_fns": {"out": out.grad_fn.name(), "s": s.grad_fn.name()}}


def unary_chain():
    (a0,) = inputs(2, (2, 5))
    a = a0.clone().requires_grad_()
    h = torch.tanh(a).exp() + torch.sigmoid(a) * torch.relu(a)
    out = torch.log(h).mean()
    out.backward()
    return {"inputs": {"a": record(a0)},
            "results": {"h": record(h), "out": record(out), "a.grad": record(a.grad)},
            "grad_fns": {"h": h.grad_fn.name(), "out": out.grad_fn.name()}}


def matrix_reductions():
    a0, b0 = inputs(3, (3, 4), (3, 2))
    a = a0.clone().requires_grad_()
    b = b0.clone().requires_grad_()
    p = a.t().mm(b)
    rows = p.sum(1)
    out = (rows * rows).mean(0) + p.mean()
    out.backward()
    return {"inputs": {"a": record(a0), "b": record(b0)},
            "results": {"p": record(p), "rows": record(rows), "out": record(out), "a.grad": record(a.grad), "b.grad": record(b.grad)},
            "grad_fns": {"p": p.grad_fn.name(), "rows": rows.grad_fn.name(), "out": out.grad_fn.name()}}


def accumulation():
    (a0,) = inputs(4, (3,))
    a = a0.clone().requires_grad_()
    y = (a * a).sum()
    y.backward(retain_graph=True)
    first = a.grad.clone()
    y.backward()
    return {"inputs": {"a": record(a0)}, "results": {"first": record(first), "a.grad": record(a.grad)}, "grad_fns": {}}


class MyExp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        y = x.exp() * k
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, grad):
        (y,) = ctx.saved_tensors
        return grad * y, None


def custom_function():
    (a0,) = inputs(5, (4,))
    a = a0.clone().requires_grad_()
    y = MyExp.apply(a, 2.0)
    out = (y * y).sum()
    out.backward()
    return {"inputs": {"a": record(a0)}, "results": {"y": record(y), "a.grad": record(a.grad)},
            "grad_fns": {"y": y.grad_fn.name(), "y.next": [n.name() if n else None for n, _ in y.grad_fn.next_functions]}}


SCENARIOS = [seed_tutorial, broadcast_arithmetic, unary_chain, matrix_reductions, accumulation, custom_function]


class TimesTwoWrongBackward(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, grad):
        return grad * 3


class TooFewGradients(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        return x * k

    @staticmethod
    def backward(ctx, grad):
        return (grad,)


def message_of(action):
    try:
        action()
    except Exception as error:  # the message PyTorch gives is the fixture
        return {"type": type(error).__name__, "message": str(error)}
    raise AssertionError("expected an error")


def messages():
    ones = torch.ones(2, dtype=torch.float64, requires_grad=True)
    return {
        "gradcheck_mismatch": message_of(lambda: torch.autograd.gradcheck(TimesTwoWrongBackward.apply, (ones,))),
        "wrong_gradient_count": message_of(lambda: TooFewGradients.apply(torch.ones(2, requires_grad=True), 3.0).sum().backward()),
    }

def engine_api_example():
    """The reprs the TypeScript API example (docs/engine.md, test/unit/engineApiExample.test.ts) must print."""
    torch.manual_seed(0)
    x = torch.ones(5)
    y = torch.zeros(3)
    w = torch.randn(5, 3, requires_grad=True)
    b = torch.randn(3, requires_grad=True)
    z = torch.matmul(x, w) + b
    loss = F.binary_cross_entropy_with_logits(z, y)
    loss.backward()
    return {"loss": repr(loss), "w.grad": repr(w.grad), "b.grad": repr(b.grad)}


if __name__ == "__main__":
    with open("test/fixtures/autograd/engine-api-example.json", "w") as file:
        json.dump(engine_api_example(), file, indent=1, ensure_ascii=False)
        file.write("\n")
    out = {"torch": torch.__version__, "scenarios": {f.__name__: f() for f in SCENARIOS}, "messages": messages()}
    path = "test/fixtures/autograd/scenarios.json"
    with open(path, "w") as file:
        json.dump(out, file, indent=1)
        file.write("\n")
    print(f"wrote {path} with {len(SCENARIOS)} scenarios (torch {torch.__version__}, {sys.executable})")

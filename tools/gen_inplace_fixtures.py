"""Writes test/fixtures/inplace.json from real PyTorch (run with /usr/bin/python3): what in-place ops do to
autograd, scenario by scenario: the error raised (type and exact message), or the grad_fn graphs, version
counters, values and gradients that follow. test/unit/tensorInplace.test.ts replays each scenario by name.

Inputs are small fixed values so the engine side can build them exactly."""
import json
import sys

import torch

X = [0.5, -1.25, 2.0]
X23 = [[0.5, -1.25, 2.0], [1.5, 0.25, -3.0]]


def leaf(values, dtype=torch.float32):
    return torch.tensor(values, dtype=dtype, requires_grad=True)


def graph(fn, depth=3):
    """A node as [class name, [[next node, input nr], ...]], down to `depth` levels."""
    if fn is None:
        return None
    if depth == 0:
        return type(fn).__name__
    return [type(fn).__name__, [[graph(node, depth - 1), nr] for node, nr in fn.next_functions]]


def values(t):
    return t.detach().tolist()


# ---- errors raised by the in-place op itself

def leaf_add():
    leaf(X).add_(1)


def view_of_leaf_add():
    leaf(X23)[0].add_(1)


def unbind_view_mul():
    (leaf(X23) * 1).unbind(0)[0].mul_(2)


def int_add_float():
    torch.tensor([1, 2, 3]).add_(1.5)


def int_div():
    torch.tensor([1, 2, 3]).div_(2)


def bool_add_int():
    torch.tensor([True, False]).add_(1)


def int_add_float_requiring_grad():
    torch.tensor([1, 2, 3]).add_(leaf(X))


def add_broadcast_bigger():
    torch.ones(3).add_(torch.ones(2, 3))


def add_mismatch():
    torch.ones(3).add_(torch.ones(2))


def copy_mismatch():
    torch.ones(3).copy_(torch.ones(2))


def add_expanded():
    torch.zeros(3).expand(2, 3).add_(1)


def add_partial_overlap():
    y = torch.arange(5.)
    y[1:].add_(y[:-1])


def add_transposed_self():
    y = torch.arange(4.).view(2, 2)
    y.add_(y.t())


def clamp_int_float_bound():
    torch.tensor([1, 5, 3]).clamp_(min=2.5)


def clamp_bool():
    torch.tensor([True]).clamp_(0, 1)


def clamp_no_bounds():
    torch.ones(2).clamp_()


def fill_with_vector():
    torch.tensor([1, 2]).fill_(torch.tensor([2]))


def add_int_float_alpha():
    torch.tensor([1, 2]).add_(torch.tensor([1, 2]), alpha=2.5)


def sub_bool_alpha():
    torch.ones(2).sub_(torch.ones(2), alpha=True)


def sub_bools():
    torch.tensor([True]).sub_(torch.tensor([True]))


# ---- errors raised later, by backward, through the version counter

def saved_input_modified():
    x = leaf(X)
    y = x.exp()
    z = y * y
    y.add_(1)
    z.sum().backward()


def saved_output_modified():
    x = leaf(X)
    y = x.exp()
    y.add_(1)
    y.sum().backward()


def saved_output_modified_without_grad():
    x = leaf(X)
    y = x.sigmoid()
    with torch.no_grad():
        y.mul_(2)
    y.sum().backward()


def saved_output_modified_through_detach():
    x = leaf(0.5)
    y = x.tanh()
    y.detach().zero_()
    y.backward()


def leaf_modified_without_grad():
    x = leaf(X)
    w = leaf([1.0, 2.0, 3.0])
    y = x * w
    with torch.no_grad():
        x.add_(1)
    y.sum().backward()


def double_leaf_modified():
    x = leaf(X23, torch.float64)
    y = x * x
    x.detach().add_(1)
    y.sum().backward()


def mul_by_itself():
    y = leaf(X) * 1
    y.mul_(y)
    y.sum().backward()


def base_modified_through_view():
    y = leaf(X23) * 2
    z = y * y
    y[0].add_(1)
    z.sum().backward()


def untracked_saved_input_modified():
    x = torch.arange(3.)
    w = leaf(X)
    y = w * x
    x.add_(1)
    y.sum().backward()


# ---- in-place ops that succeed: graphs, versions, values and gradients

def leaf_add_without_grad():
    x = leaf(X)
    with torch.no_grad():
        x.add_(1)
    return {"values": values(x), "version": x._version, "grad_fn": graph(x.grad_fn), "requires_grad": x.requires_grad, "is_leaf": x.is_leaf}


def untracked_add_tracked():
    w = leaf(X)
    y = torch.ones(3)
    y.add_(w)
    y.sum().backward()
    return {"values": values(y), "version": y._version, "grad_fn": graph(y.grad_fn), "grads": [w.grad.tolist()]}


def nonleaf_add():
    x = leaf(X)
    y = x * 2
    y.add_(1)
    y.backward(torch.tensor([1.0, 2.0, 3.0]))
    return {"values": values(y), "version": y._version, "grad_fn": graph(y.grad_fn), "grads": [x.grad.tolist()]}


def nonleaf_chain():
    x = leaf(X)
    y = x * 2
    y.add_(1)
    y.mul_(x)
    y.div_(4)
    y.sub_(x, alpha=2)
    y.backward(torch.tensor([1.0, 2.0, 3.0]))
    return {"values": values(y), "version": y._version, "grad_fn": graph(y.grad_fn, 5), "grads": [x.grad.tolist()]}


def no_grad_keeps_history():
    x = leaf(X)
    y = x * 2
    with torch.no_grad():
        y.add_(1)
    y.sum().backward()
    return {"values": values(y), "version": y._version, "grad_fn": graph(y.grad_fn), "grads": [x.grad.tolist()]}


def retain_grad_moves():
    x = leaf(X)
    y = x * 2
    y.retain_grad()
    y.mul_(3)
    y.sum().backward()
    return {"grads": [y.grad.tolist(), x.grad.tolist()]}


def view_mul():
    x = leaf(X23)
    y = x * 2
    v = y[0]
    v.mul_(3)
    y.backward(torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]))
    return {"values": values(y), "version": y._version, "view_version": v._version, "grad_fn": graph(y.grad_fn), "view_grad_fn": graph(v.grad_fn), "grads": [x.grad.tolist()]}


def view_mul_tracked_other():
    x = leaf(X23)
    w = leaf([1.0, -2.0])
    y = x * 2
    v = y[:, 1]
    v.mul_(w)
    y.backward(torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]))
    return {"values": values(y), "grad_fn": graph(y.grad_fn), "view_grad_fn": graph(v.grad_fn), "grads": [x.grad.tolist(), w.grad.tolist()]}


def backward_through_modified_view():
    x = leaf(X23)
    y = x * 2
    v = y.t()[1:]
    v.add_(torch.ones(2, 2))
    (v * v).sum().backward()
    return {"values": values(y), "view_grad_fn": graph(v.grad_fn), "grads": [x.grad.tolist()]}


def copy_into_zeros_view():
    w = leaf([1.5, -2.0, 0.25])
    b = torch.zeros(2, 3)
    b[1].copy_(w * 2)
    (b * b).sum().backward()
    return {"values": values(b), "version": b._version, "grad_fn": graph(b.grad_fn), "requires_grad": b.requires_grad, "grads": [w.grad.tolist()]}


def copy_converts_dtype():
    x = leaf(X)
    y = torch.zeros(3, dtype=torch.float64)
    y.copy_(x * 2)
    (y * y).sum().backward()
    return {"values": values(y), "grad_fn": graph(y.grad_fn), "grads": [x.grad.tolist()]}


def copy_into_int_is_untracked():
    y = torch.zeros(3, dtype=torch.int64)
    y.copy_(leaf(X) * 2)
    return {"values": values(y), "grad_fn": graph(y.grad_fn), "requires_grad": y.requires_grad}


def fill_and_zero():
    x = leaf(X)
    y = x * 2
    z = x * 3
    y.fill_(x[1])
    z.zero_()
    (y + z).sum().backward()
    return {"values": values(y), "grad_fn": graph(y.grad_fn), "zero_grad_fn": graph(z.grad_fn), "grads": [x.grad.tolist()]}


def fill_casts():
    a = torch.tensor([1, 2, 3]).fill_(-2.7)
    b = torch.tensor([True, False]).fill_(2)
    c = torch.zeros(2).fill_(0.1)
    return {"values": [values(a), values(b), values(c)]}


def clamp_records_clamp():
    x = leaf(X)
    y = x * 2
    y.clamp_(min=0)
    y.sum().backward()
    return {"values": values(y), "grad_fn": graph(y.grad_fn), "grads": [x.grad.tolist()]}


def int_and_bool_results():
    a = torch.tensor([1, 2, 3]).mul_(torch.tensor([True, False, True]))
    b = torch.tensor([1, 2, 3]).add_(torch.tensor([1, 2, 3]), alpha=2)
    c = torch.tensor([True, False]).add_(torch.tensor([False, False]), alpha=True)
    d = torch.ones(2, 3).add_(torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64) / 3)
    return {"values": [values(a), values(b), values(c), values(d)], "dtypes": [str(t.dtype) for t in (a, b, c, d)]}


SCENARIOS = [
    leaf_add, view_of_leaf_add, unbind_view_mul, int_add_float, int_div, bool_add_int, int_add_float_requiring_grad,
    add_broadcast_bigger, add_mismatch, copy_mismatch, add_expanded, add_partial_overlap, add_transposed_self,
    clamp_int_float_bound, clamp_bool, clamp_no_bounds, fill_with_vector, add_int_float_alpha, sub_bool_alpha, sub_bools,
    saved_input_modified, saved_output_modified, saved_output_modified_without_grad, saved_output_modified_through_detach,
    leaf_modified_without_grad, double_leaf_modified, mul_by_itself, base_modified_through_view, untracked_saved_input_modified,
    leaf_add_without_grad, untracked_add_tracked, nonleaf_add, nonleaf_chain, no_grad_keeps_history, retain_grad_moves,
    view_mul, view_mul_tracked_other, backward_through_modified_view, copy_into_zeros_view, copy_converts_dtype,
    copy_into_int_is_untracked, fill_and_zero, fill_casts, clamp_records_clamp, int_and_bool_results,
]


def observe(scenario):
    try:
        result = scenario()
    except Exception as error:  # the error is what the scenario records
        return {"error": [type(error).__name__, str(error)]}
    if result is None:
        raise AssertionError(f"{scenario.__name__} neither raised nor returned observations")
    return result


if __name__ == "__main__":
    torch.set_num_threads(1)
    fixture = {"torch": torch.__version__, "scenarios": {scenario.__name__: observe(scenario) for scenario in SCENARIOS}}
    with open("test/fixtures/inplace.json", "w") as file:
        json.dump(fixture, file, indent=1)
        file.write("\n")
    print(f"wrote test/fixtures/inplace.json: {len(SCENARIOS)} scenarios ({sys.executable}, torch {torch.__version__})")

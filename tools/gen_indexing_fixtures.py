"""Writes test/fixtures/indexing.json from real PyTorch (run with /usr/bin/python3): tensor[key] and
tensor[key] = value for keys written in a JSON form both sides read, plus the errors of the shape ops.
test/unit/tensorIndexing.test.ts replays every case through the engine.

A key item is an int, a bool, null (None), "..." (Ellipsis), {"slice": [start, stop, step]} (null for a missing
part), {"tensor": values, "dtype": "int64" | "bool" | "float32"} or {"list": values}.

get cases record the result (shape, dtype, exact values), its grad_fn name, whether it is a view
(`t._base is not None`) and the input's gradient for a random upstream gradient; set cases record the
written tensor, its grad_fn and next_functions, the version bump and the gradients of the source and the
value; any case may record the exception raised instead (type and message). Error cases name an expression
the test maps to the engine.

Usage: /usr/bin/python3 tools/gen_indexing_fixtures.py"""
import json
import struct

import torch

torch.set_num_threads(1)

S = lambda start=None, stop=None, step=None: {"slice": [start, stop, step]}
T = lambda values, dtype="int64": {"tensor": values, "dtype": dtype}
L = lambda values: {"list": values}
E = "..."

GET_CASES = [
    ("int", [2, 3, 4], [1]),
    ("negative_int", [2, 3, 4], [-1]),
    ("two_ints", [2, 3, 4], [0, 2]),
    ("int_out_of_bounds", [2, 3, 4], [5]),
    ("negative_int_out_of_bounds", [2, 3, 4], [-3]),
    ("too_many_indices", [2, 3, 4], [0, 0, 0, 0]),
    ("full_slice", [2, 3, 4], [S()]),
    ("clamped_slice", [2, 3, 4], [S(0, 5)]),
    ("negative_slice", [2, 3, 4], [S(), S(-2, None)]),
    ("slice_below_start", [2, 3, 4], [S(), S(-10, 1)]),
    ("empty_slice", [2, 3, 4], [S(), S(2, 1)]),
    ("stepped_slices", [2, 3, 4], [S(), S(None, None, 2), S(1, None, 3)]),
    ("negative_step", [2, 3, 4], [S(None, None, -1)]),
    ("zero_step", [2, 3, 4], [S(None, None, 0)]),
    ("none", [2, 3, 4], [None]),
    ("int_none_int", [2, 3, 4], [0, None, 1]),
    ("ellipsis", [2, 3, 4], [E]),
    ("ellipsis_int", [2, 3, 4], [E, 1]),
    ("int_ellipsis", [2, 3, 4], [1, E]),
    ("ellipsis_none", [2, 3, 4], [E, None]),
    ("empty_key", [2, 3, 4], []),
    ("zero_dim_ellipsis", [], [E]),
    ("zero_dim_none", [], [None]),
    ("zero_dim_int", [], [0]),
    ("zero_dim_slice", [], [S()]),
    ("zero_dim_true", [], [True]),
    ("true", [2, 3], [True]),
    ("false", [2, 3], [False]),
    ("index_tensor", [2, 3, 4], [T([1, 0, 1])]),
    ("index_tensor_negative", [2, 3, 4], [T([-1, 0])]),
    ("index_tensor_2d", [4, 3], [T([[0, 3], [1, 1]])]),
    ("index_repeated", [5, 2], [T([0, 1, 0, 0, 4, 1])]),
    ("slice_then_index", [2, 3, 4], [S(), T([2, 0])]),
    ("index_slice_index", [2, 3, 4], [T([1, 0]), S(), T([0, 3])]),
    ("broadcast_indices", [2, 3, 4], [T([1, 0]), T([[0], [2]])]),
    ("trailing_indices", [2, 3, 4], [S(), T([1, 0]), T([0, 3])]),
    ("int_slice_index", [2, 3, 4], [0, S(), T([0, 3])]),
    ("index_then_int", [2, 3, 4], [T([1, 0]), 0]),
    ("int_index_int", [2, 3, 4], [1, T([0, 2]), 1]),
    ("index_int_index", [2, 3, 4], [T([1, 0]), 0, T([0, 1])]),
    ("index_none_index", [2, 3, 4], [T([1, 0]), None, T([0, 1])]),
    ("index_ellipsis_index", [2, 3, 4], [T([1, 0]), E, T([0, 1])]),
    ("ellipsis_index_index", [2, 3, 4], [E, T([1, 0]), T([0, 1])]),
    ("index_2d_slice_index", [2, 3, 4], [T([[0], [1]]), S(), T([0, 3, 1])]),
    ("none_slice_none_index", [2, 3, 4], [None, S(), None, T([1, 0])]),
    ("ellipsis_none_index", [2, 3, 4], [E, None, T([1, 0])]),
    ("index_none", [2, 3, 4], [T([1, 0]), None]),
    ("mask", [3, 4], [{"mask_gt": 0.0}]),
    ("mask_rows", [2, 3, 4], [T([[True, False, True], [False, True, True]], "bool")]),
    ("mask_rows_ellipsis", [2, 3, 4], [T([[True, False, True], [False, True, True]], "bool"), E]),
    ("mask_last_dims", [2, 3, 4], [E, T([[True, False, True, True]] * 3, "bool")]),
    ("int_mask", [2, 3, 4], [0, T([[True, False, True, True]] * 3, "bool")]),
    ("index_and_mask", [2, 3, 4], [T([1, 0]), T([True, False, True], "bool")]),
    ("slice_mask", [2, 3, 4], [S(), T([True, False, True], "bool")]),
    ("mask_then_int", [2, 3, 4], [T([[True, False, True], [False, True, True]], "bool"), 1]),
    ("mask_wrong_shape", [2, 3, 4], [T([True, False, True], "bool")]),
    ("slice_mask_wrong_shape", [2, 3, 4], [S(), T([True, False], "bool")]),
    ("zero_dim_index_tensor", [2, 3, 4], [T(1)]),
    ("zero_dim_bool_tensor", [2, 3], [T(False, "bool")]),
    ("list", [2, 3, 4], [L([1, 0])]),
    ("two_lists", [2, 3, 4], [L([0, 1]), L([1, 2])]),
    ("bool_list", [2, 3, 4], [L([True, False])]),
    ("empty_list", [2, 3, 4], [L([])]),
    ("slice_list", [2, 3, 4], [S(), L([1, -1])]),
    ("index_out_of_bounds", [2, 3, 4], [T([0, 5])]),
    ("index_negative_out_of_bounds", [2, 3, 4], [T([-3, 0])]),
    ("second_index_out_of_bounds", [2, 3, 4], [T([0, 1]), T([0, 7])]),
    ("sliced_index_out_of_bounds", [2, 3, 4], [S(), T([0, 3])]),
    ("float_index", [2, 3, 4], [T([0.0, 1.0], "float32")]),
    ("indices_not_broadcastable", [2, 3, 4], [T([0, 1]), T([0]), T([0, 1, 2])]),
    ("int_tensor_input", [2, 3], [T([1, 1, 0])]),
]

# (name, source shape, how the written tensor is made, key, value): the written tensor is the source itself
# ("leaf"), source * 1 ("nonleaf"), a row of source * 1 ("view"), or zeros not tracking grad ("untracked");
# the value is a Python number or {"shape": ..., "dtype": ..., "grad": bool}.
V = lambda shape, dtype="float32", grad=True: {"shape": shape, "dtype": dtype, "grad": grad}
SET_CASES = [
    ("int_scalar", [2, 3], "nonleaf", [0], 1.5),
    ("int_tensor", [2, 3], "nonleaf", [0], V([3])),
    ("column_tensor", [2, 3], "nonleaf", [S(), 1], V([2])),
    ("broadcast_value", [2, 3], "nonleaf", [S()], V([3])),
    ("leading_ones_value", [2, 3], "nonleaf", [0], V([1, 3])),
    ("zero_dim_value", [2, 3], "nonleaf", [0, 0], V([])),
    ("ellipsis_value", [2, 3], "nonleaf", [E], V([3])),
    ("none_value", [2, 3], "nonleaf", [None], V([3])),
    ("index_scalar", [2, 3], "nonleaf", [T([0, 0])], 1.0),
    ("index_pair_value", [2, 3], "nonleaf", [T([0, 0]), T([1, 1])], V([2])),
    ("index_repeated_value", [4, 2], "nonleaf", [T([0, 3, 0])], V([3, 2])),
    ("mask_value", [2, 3], "nonleaf", [T([[True, False, True], [False, False, True]], "bool")], V([3])),
    ("slice_index_value", [2, 3], "nonleaf", [S(), T([2, 0])], V([2, 2])),
    ("true_scalar", [2, 3], "nonleaf", [True], 3.0),
    ("false_scalar", [2, 3], "nonleaf", [False], 3.0),
    ("value_broadcast_to_index", [2, 3], "nonleaf", [T([0, 1])], V([1, 2, 3])),
    ("view_target", [2, 3], "view", [0], V([])),
    ("view_target_index", [2, 3], "view", [T([0, 2])], V([2])),
    ("untracked_target", [2, 3], "untracked", [0], V([3])),
    ("untracked_target_index", [2, 3], "untracked", [T([1])], V([3])),
    ("untracked_plain", [2, 3], "untracked", [1], 5.0),
    ("double_value", [2, 3], "nonleaf", [0], V([3], "float64")),
    ("leaf", [2, 3], "leaf", [0], 1.0),
    ("leaf_ellipsis", [2, 3], "leaf", [E], 1.0),
    ("leaf_index", [2, 3], "leaf", [T([1])], 1.0),
    ("out_of_bounds", [2, 3], "nonleaf", [5], 1.0),
    ("too_many_indices", [2, 3], "nonleaf", [0, 0, 0], 1.0),
    ("index_out_of_bounds", [2, 3], "nonleaf", [T([5])], 1.0),
    ("value_wrong_shape", [2, 3], "nonleaf", [0], V([2])),
    ("value_too_many_dims", [2, 3], "nonleaf", [0], V([2, 1, 3])),
    ("index_value_wrong_shape", [2, 3], "nonleaf", [T([0, 1])], V([2])),
    ("index_value_wrong_dtype", [2, 3], "nonleaf", [T([0])], V([3], "float64")),
    ("negative_step", [2, 3], "nonleaf", [S(None, None, -1)], 1.0),
]

t = torch.tensor
ERROR_CASES = [
    ("cat_empty_list", lambda: torch.cat([])),
    ("cat_zero_dim", lambda: torch.cat([t(1.0), t(2.0)])),
    ("cat_sizes", lambda: torch.cat([torch.zeros(2, 3), torch.zeros(2, 4)])),
    ("cat_ranks", lambda: torch.cat([torch.zeros(2, 3), torch.zeros(3)])),
    ("cat_dim_range", lambda: torch.cat([torch.zeros(2, 3), torch.zeros(2, 3)], 2)),
    ("stack_empty_list", lambda: torch.stack([])),
    ("stack_sizes", lambda: torch.stack([torch.zeros(2, 3), torch.zeros(2, 4)])),
    ("stack_dim_range", lambda: torch.stack([torch.zeros(2, 3), torch.zeros(2, 3)], 3)),
    ("split_zero", lambda: torch.split(torch.zeros(5, 2), 0)),
    ("split_negative", lambda: torch.split(torch.zeros(5, 2), -1)),
    ("split_sizes_sum", lambda: torch.split(torch.zeros(5, 2), [2, 2])),
    ("split_sizes_negative", lambda: torch.split(torch.zeros(5, 2), [6, -1])),
    ("split_zero_dim", lambda: torch.split(t(1.0), 1)),
    ("chunk_zero", lambda: torch.chunk(torch.zeros(5, 2), 0)),
    ("chunk_zero_dim", lambda: torch.chunk(t(1.0), 2)),
    ("flip_repeated_dim", lambda: torch.flip(torch.zeros(2, 3), [0, -2])),
    ("flip_dim_range", lambda: torch.flip(torch.zeros(2, 3), [2])),
    ("roll_misaligned", lambda: torch.roll(torch.zeros(2, 3), (1, 2), (0,))),
    ("repeat_too_few", lambda: torch.zeros(2, 3).repeat(2)),
    ("repeat_negative", lambda: torch.zeros(2, 3).repeat(2, -1)),
    ("narrow_too_long", lambda: torch.zeros(2, 3).narrow(1, 2, 2)),
    ("narrow_negative_length", lambda: torch.zeros(2, 3).narrow(1, 0, -1)),
    ("narrow_start_range", lambda: torch.zeros(2, 3).narrow(1, 4, 0)),
    ("narrow_zero_dim", lambda: t(1.0).narrow(0, 0, 1)),
    ("flatten_order", lambda: torch.zeros(2, 3).flatten(1, 0)),
    ("unflatten_product", lambda: torch.zeros(2, 3).unflatten(1, (2, 2))),
    ("unflatten_negative_dim_product", lambda: torch.zeros(2, 3).unflatten(-1, (2, -1))),
    ("unflatten_empty", lambda: torch.zeros(2, 3).unflatten(1, ())),
    ("gather_out_of_bounds", lambda: torch.zeros(2, 3).gather(1, t([[0], [3]]))),
    ("gather_negative", lambda: torch.zeros(2, 3).gather(1, t([[0], [-1]]))),
    ("gather_rank", lambda: torch.zeros(2, 3).gather(1, t([0]))),
    ("gather_size", lambda: torch.zeros(2, 3).gather(1, t([[0], [1], [2]]))),
    ("gather_float_index", lambda: torch.zeros(2, 3).gather(1, t([[0.0]]))),
    ("index_select_out_of_bounds", lambda: torch.zeros(2, 3).index_select(1, t([3]))),
    ("index_select_negative", lambda: torch.zeros(2, 3).index_select(1, t([-1]))),
    ("index_select_matrix_index", lambda: torch.zeros(2, 3).index_select(0, t([[1]]))),
    ("index_select_float_index", lambda: torch.zeros(2, 3).index_select(1, t([0.0]))),
    ("scatter_add_out_of_bounds", lambda: torch.zeros(2, 3).scatter_add(1, t([[0, 4]]), torch.ones(2, 3))),
    ("scatter_add_dtype", lambda: torch.zeros(2, 3).scatter_add(1, t([[0, 1]]), torch.ones(2, 3, dtype=torch.float64))),
    ("scatter_add_size", lambda: torch.zeros(2, 3).scatter_add(1, t([[0, 1, 2, 0]]), torch.ones(2, 3))),
    ("bmm_rank", lambda: torch.bmm(torch.zeros(3, 4), torch.zeros(2, 4, 5))),
    ("bmm_rank2", lambda: torch.bmm(torch.zeros(2, 3, 4), torch.zeros(2, 4))),
    ("bmm_sizes", lambda: torch.bmm(torch.zeros(2, 3, 4), torch.zeros(2, 5, 5))),
    ("bmm_batch", lambda: torch.bmm(torch.zeros(2, 3, 4), torch.zeros(3, 4, 5))),
    ("bmm_dtype", lambda: torch.bmm(torch.zeros(2, 3, 4), torch.zeros(2, 4, 5, dtype=torch.float64))),
    ("matmul_batch_mismatch", lambda: torch.matmul(torch.zeros(2, 3, 4), torch.zeros(3, 4, 5))),
    ("matmul_folded_mismatch", lambda: torch.matmul(torch.zeros(2, 3, 4), torch.zeros(5, 6))),
    ("matmul_folded_vector_mismatch", lambda: torch.matmul(torch.zeros(2, 3, 4), torch.zeros(5))),
    ("matmul_vector_batch_mismatch", lambda: torch.matmul(torch.zeros(5), torch.zeros(2, 4, 5))),
    ("matmul_bmm_mismatch", lambda: torch.matmul(torch.zeros(2, 3, 4), torch.zeros(2, 5, 6))),
    ("mv_mismatch", lambda: torch.mv(torch.zeros(3, 6), torch.zeros(5))),
]


def bits(x):
    values = x.detach().contiguous().view(-1).tolist()
    if x.dtype == torch.float32:
        return [format(struct.unpack("<I", struct.pack("<f", v))[0], "08x") for v in values]
    if x.dtype == torch.float64:
        return [format(struct.unpack("<Q", struct.pack("<d", v))[0], "016x") for v in values]
    return [int(v) for v in values]


def recorded(x):
    return {"shape": list(x.shape), "dtype": str(x.dtype).replace("torch.", ""), "values": bits(x)}


def error(e):
    return {"type": type(e).__name__, "message": str(e)}


def key_item(item, source):
    if isinstance(item, dict):
        if "slice" in item:
            return slice(*item["slice"])
        if "tensor" in item:
            return torch.tensor(item["tensor"], dtype=getattr(torch, item["dtype"]))
        if "mask_gt" in item:
            return source.detach() > item["mask_gt"]
        return list(item["list"])
    return Ellipsis if item == E else item


def python_key(items, source):
    # A one-item key is passed bare, as `t[i]` is written; longer keys as tuples.
    converted = tuple(key_item(item, source) for item in items)
    return converted[0] if len(converted) == 1 else converted


def json_key(items, source):
    """The key with data-dependent items (masks from the source) written out as tensors."""
    out = []
    for item in items:
        if isinstance(item, dict) and "mask_gt" in item:
            out.append(T((source.detach() > item["mask_gt"]).tolist(), "bool"))
        else:
            out.append(item)
    return out


def source_tensor(shape, name):
    if name == "int_tensor_input":
        return torch.arange(6).reshape(shape)
    return torch.randn(shape)


def get_case(index, name, shape, items):
    torch.manual_seed(2000 + index)
    source = source_tensor(shape, name)
    tracked = source.clone().requires_grad_(source.is_floating_point())
    case = {"input": recorded(source), "key": json_key(items, source)}
    try:
        out = tracked[python_key(items, source)]
    except Exception as e:
        case["error"] = error(e)
        return case
    case.update(output=recorded(out), grad_fn=out.grad_fn.name() if out.grad_fn else None, is_view=out._base is not None)
    if out.requires_grad:
        upstream = torch.randn(out.shape)
        (grad,) = torch.autograd.grad(out, tracked, upstream)
        case.update(upstream=recorded(upstream), grad=recorded(grad))
    return case


def make_value(spec):
    if not isinstance(spec, dict):
        return spec
    return torch.randn(spec["shape"], dtype=getattr(torch, spec["dtype"])).requires_grad_(spec["grad"])


def set_case(index, name, shape, target_kind, items, value_spec):
    torch.manual_seed(3000 + index)
    source = torch.randn(shape)
    value = make_value(value_spec)
    tracked = source.clone().requires_grad_()
    target = {"leaf": lambda: tracked, "nonleaf": lambda: tracked * 1, "view": lambda: (tracked * 1)[1],
              "untracked": lambda: torch.zeros(*shape)}[target_kind]()
    case = {"input": recorded(source), "target": target_kind, "key": items,
            "value": recorded(value) if isinstance(value, torch.Tensor) else value,
            "value_requires_grad": isinstance(value, torch.Tensor) and value.requires_grad}
    version = target._version
    try:
        target[python_key(items, source)] = value
    except Exception as e:
        case["error"] = error(e)
        return case
    case.update(output=recorded(target), version_bump=target._version - version,
                grad_fn=target.grad_fn.name() if target.grad_fn else None,
                next_functions=[f.name() if f else None for f, _ in target.grad_fn.next_functions] if target.grad_fn else None)
    if target.requires_grad:
        wanted = [t for t in (tracked, value) if isinstance(t, torch.Tensor) and t.requires_grad]
        upstream = torch.randn(target.shape)
        grads = torch.autograd.grad(target, wanted, upstream, allow_unused=True)
        case.update(upstream=recorded(upstream), grads=[recorded(g) if g is not None else None for g in grads])
    return case


def error_case(fn):
    try:
        fn()
    except Exception as e:
        return error(e)
    raise AssertionError("expected an error")


if __name__ == "__main__":
    fixture = {
        "torch": torch.__version__,
        "get": {name: get_case(i, name, shape, items) for i, (name, shape, items) in enumerate(GET_CASES)},
        "set": {case[0]: set_case(i, *case) for i, case in enumerate(SET_CASES)},
        "errors": {name: error_case(fn) for name, fn in ERROR_CASES},
    }
    path = "test/fixtures/indexing.json"
    with open(path, "w") as file:
        json.dump(fixture, file, indent=None, separators=(",", ":"))
        file.write("\n")
    print(f"wrote {path}: {len(GET_CASES)} get, {len(SET_CASES)} set, {len(ERROR_CASES)} error cases (torch {torch.__version__})")

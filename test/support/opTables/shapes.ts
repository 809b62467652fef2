// The shapes op family (tools/opcases/shapes.py): cat, stack, split, chunk, unbind, flip, roll, repeat, narrow,
// flatten, unflatten, gather, index_select, scatter_add, bmm and batched matmul.
import * as torch from '../../../engine/tensor/index';
import { cat, chunk, split, stack } from '../../../engine/tensor/ops/join';
import { flatten, flip, narrow, repeat, roll, unflatten } from '../../../engine/tensor/ops/reorder';
import { gather, indexSelect, scatterAdd } from '../../../engine/tensor/ops/gather';
import { bmm } from '../../../engine/tensor/ops/linalg';
import { index } from '../../../engine/tensor/ops/indexing';
import type { OpCase } from '../opCases';

const int = (value: number) => torch.wrapNumber(value, 'int64');
const empty1d = () => torch.zeros([0], 'float32');

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, OpCase> = {
  cat_dim0: (a, b) => cat([a!, b!]),
  cat_dim1: (a, b, c) => cat([a!, b!, c!], 1),
  cat_neg_dim: (a, b) => cat([a!, b!], -1),
  cat_promote_int_float: (a, b) => cat([a!, b!]),
  cat_promote_double: (a, b) => cat([torch.toDtype(a!, 'float64'), b!]),
  cat_bool_int: (a, b) => cat([a!, b!]),
  cat_legacy_empty: (a) => cat([a!, empty1d(), a!]),
  cat_transposed: (a, b) => cat([torch.t(a!), b!], 0),
  stack_dim0: (a, b) => stack([a!, b!]),
  stack_dim2: (a, b, c) => stack([a!, b!, c!], 2),
  stack_neg_dim: (a, b) => stack([a!, b!], -1),
  stack_0d: (a) => stack([torch.sum(a!), torch.select(a!, 0, 0), torch.select(a!, 0, 1)]),
  stack_promote: (a, b) => stack([a!, b!]),
  split_int: (a) => split(a!, 2),
  split_int_dim1: (a) => split(a!, 2, 1),
  split_sizes: (a) => split(a!, [1, 0, 3], 1),
  split_big: (a) => split(a!, 9),
  split_partial_use: (a) => split(a!, 2)[1]!,
  chunk_even: (a) => chunk(a!, 3),
  chunk_uneven: (a) => chunk(a!, 3, -1),
  chunk_fewer: (a) => chunk(a!, 4),
  chunk_empty_dim: (a) => chunk(a!, 3),
  unbind_dim1: (a) => torch.unbind(a!, 1),
  flip_0: (a) => flip(a!, [0]),
  flip_all: (a) => flip(a!, [0, -1, 1]),
  flip_transposed: (a) => flip(torch.t(a!), [1]),
  flip_int: (a) => flip(a!, [0]),
  roll_dim: (a) => roll(a!, [1], [1]),
  roll_dims: (a) => roll(a!, [-1, 5], [0, 1]),
  roll_flat: (a) => roll(a!, [2]),
  repeat_2d: (a) => repeat(a!, [2, 3]),
  repeat_new_dims: (a) => repeat(a!, [2, 1, 3]),
  repeat_ones: (a) => repeat(a!, [1, 1]),
  repeat_zero: (a) => repeat(a!, [0, 2]),
  repeat_many: (a) => repeat(a!, [5, 7]),
  narrow: (a) => torch.mul(narrow(a!, 1, 1, 2), int(2)),
  narrow_neg_start: (a) => narrow(a!, 0, -2, 2),
  flatten: (a) => flatten(a!),
  flatten_range: (a) => flatten(a!, 1, 2),
  flatten_noncontiguous: (a) => flatten(torch.transpose(a!, 0, 1)),
  flatten_viewable: (a) => flatten(index(a!, [{ start: null, stop: null, step: null }, { start: null, stop: null, step: null }, 1])),
  flatten_0d: (a) => flatten(torch.sum(a!)),
  unflatten: (a) => unflatten(a!, 1, [2, -1]),
  unflatten_noncontiguous: (a) => unflatten(torch.t(a!), 0, [3, 2]),
  gather_dim1: (a, i) => gather(a!, 1, i!),
  gather_dim0_small: (a, i) => gather(a!, 0, i!),
  gather_3d: (a, i) => gather(a!, -1, i!),
  index_select_dim0: (a, i) => indexSelect(a!, 0, i!),
  index_select_dim1: (a, i) => indexSelect(a!, 1, i!),
  index_select_transposed: (a, i) => indexSelect(torch.t(a!), 0, i!),
  scatter_add: (s, i, a) => scatterAdd(s!, 1, i!, a!),
  scatter_add_dim0: (s, i, a) => scatterAdd(s!, 0, i!, a!),
  bmm: (a, b) => bmm(a!, b!),
  bmm_large: (a, b) => bmm(a!, b!),
  matmul_3d_2d: (a, b) => torch.matmul(a!, b!),
  matmul_3d_2d_large: (a, b) => torch.matmul(a!, b!),
  matmul_2d_3d: (a, b) => torch.matmul(a!, b!),
  matmul_3d_1d: (a, b) => torch.matmul(a!, b!),
  matmul_1d_3d: (a, b) => torch.matmul(a!, b!),
  matmul_3d_3d: (a, b) => torch.matmul(a!, b!),
  matmul_broadcast_batch: (a, b) => torch.matmul(a!, b!),
  matmul_4d_3d: (a, b) => torch.matmul(a!, b!),
  matmul_3d_4d: (a, b) => torch.matmul(a!, b!),
  matmul_4d_2d: (a, b) => torch.matmul(a!, b!),
  matmul_2d_4d: (a, b) => torch.matmul(a!, b!),
  matmul_permuted_3d_2d: (a, b) => torch.matmul(torch.permute(a!, [0, 2, 1]), b!),
  matmul_3d_3d_large: (a, b) => torch.matmul(a!, b!),
  matmul_int: (a, b) => torch.matmul(a!, b!),
};



/** Every case of this family is exact. */
export const ULP_ALLOWANCE: Record<string, number> = {};

// The rearrange op family (tools/opcases/rearrange.py): hstack/vstack/dstack/column_stack, tile,
// repeat_interleave, meshgrid, broadcast_to/broadcast_tensors, movedim, swapaxes, ravel, tensor_split and
// h/v/dsplit, rot90, fliplr/flipud and unfold.
import * as torch from '../../../engine/tensor/index';
import type { OpCase } from '../opCases';

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, OpCase> = {
  hstack_2d: (a, b) => torch.hstack([a!, b!]),
  hstack_1d: (a, b) => torch.hstack([a!, b!]),
  vstack_mixed: (a, b) => torch.vstack([a!, b!]),
  vstack_scalars: (a) => torch.vstack([torch.sum(a!), torch.select(a!, 0, 0)]),
  dstack: (a, b) => torch.dstack([a!, b!]),
  dstack_1d: (a, b) => torch.dstack([a!, b!]),
  column_stack: (a, b, c) => torch.columnStack([a!, b!, c!]),
  tile_prepend: (a) => torch.tile(a!, [2]),
  tile_more_dims: (a) => torch.tile(a!, [2, 1, 3]),
  repeat_interleave_flat: (a) => torch.repeatInterleave(a!, 3),
  repeat_interleave_dim: (a) => torch.repeatInterleave(a!, 2, -1),
  repeat_interleave_counts: (a) => torch.repeatInterleave(a!, torch.fromNested([2, 0, 3], 'int64'), 0),
  repeat_interleave_int: (a) => torch.repeatInterleave(a!, 2),
  meshgrid_ij: (a, b) => torch.meshgrid([a!, b!], 'ij'),
  meshgrid_xy: (a, b, c) => torch.meshgrid([a!, b!, c!], 'xy'),
  broadcast_to: (a) => torch.broadcastTo(a!, [2, 3, 4]),
  broadcast_tensors: (a, b) => torch.broadcastTensors([a!, b!])[1]!,
  movedim: (a) => torch.movedim(a!, [0], [-1]),
  movedim_many: (a) => torch.movedim(a!, [0, 2], [1, 0]),
  moveaxis_contiguous: (a) => torch.contiguous(torch.movedim(a!, [1], [0])),
  swapaxes: (a) => torch.transpose(a!, 0, 1),
  ravel: (a) => torch.ravel(a!),
  ravel_transposed: (a) => torch.ravel(torch.t(a!)),
  tensor_split_sections: (a) => torch.tensorSplit(a!, 3),
  tensor_split_indices: (a) => torch.tensorSplit(a!, [1, 4, 9], 1),
  tensor_split_unsorted: (a) => torch.tensorSplit(a!, [3, 1]),
  hsplit: (a) => torch.directionalSplit('hsplit', a!, 2),
  vsplit_indices: (a) => torch.directionalSplit('vsplit', a!, [1, 2]),
  dsplit: (a) => torch.directionalSplit('dsplit', a!, 2),
  rot90: (a) => torch.rot90(a!),
  rot90_twice: (a) => torch.rot90(a!, 2),
  rot90_negative_dims: (a) => torch.rot90(a!, -1, [2, 0]),
  rot90_four: (a) => torch.rot90(a!, 4),
  fliplr: (a) => torch.fliplr(a!),
  flipud: (a) => torch.flipud(a!),
  unfold_overlapping: (a) => torch.unfold(a!, 0, 3, 1),
  unfold_step: (a) => torch.unfold(a!, 1, 2, 3),
  unfold_mid_dim_overlap: (a) => torch.unfold(a!, 1, 4, 2),
  unfold_then_sum: (a) => torch.sum(torch.unfold(a!, -1, 5, 1), [-1]),
};

/** Every case of this family is exact. */
export const ULP_ALLOWANCE: Record<string, number> = {};

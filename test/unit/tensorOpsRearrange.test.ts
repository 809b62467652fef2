// Runs the rearrange op family (test/support/opTables/rearrange.ts) against the cases real PyTorch recorded, and
// the calls PyTorch refuses against its exception classes and messages.
import * as torch from '../../engine/tensor/index';
import { runErrorCases, runOpCases } from '../support/opCases';
import { OPS, ULP_ALLOWANCE } from '../support/opTables/rearrange';

runOpCases('rearrange', OPS, ULP_ALLOWANCE);

const x = () => torch.zeros([2, 3], 'float32');
const v = () => torch.zeros([3], 'float32');
const cube = () => torch.zeros([2, 3, 4], 'float32');

runErrorCases('rearrange', {
  hstack_empty: () => torch.hstack([]),
  meshgrid_indexing: () => torch.meshgrid([v(), v()], 'yx'),
  movedim_count: () => torch.movedim(cube(), [0, 1], [2]),
  movedim_repeated: () => torch.movedim(cube(), [0, 0], [1, 2]),
  hsplit_uneven: () => torch.directionalSplit('hsplit', x(), 2),
  vsplit_1d: () => torch.directionalSplit('vsplit', v(), 3),
  dsplit_2d: () => torch.directionalSplit('dsplit', x(), 1),
  tensor_split_zero: () => torch.tensorSplit(v(), 0),
  rot90_same_dims: () => torch.rot90(x(), 1, [0, 0]),
  rot90_1d: () => torch.rot90(v()),
  rot90_three_dims: () => torch.rot90(x(), 1, [0, 1, 2]),
  fliplr_1d: () => torch.fliplr(v()),
  flipud_0d: () => torch.flipud(torch.zeros([], 'float32')),
  unfold_too_big: () => torch.unfold(v(), 0, 4, 1),
  unfold_step_zero: () => torch.unfold(v(), 0, 2, 0),
  repeat_interleave_negative: () => torch.repeatInterleave(v(), -1),
  repeat_interleave_sizes: () => torch.repeatInterleave(x(), torch.fromNested([1, 2, 3], 'int64'), 0),
});

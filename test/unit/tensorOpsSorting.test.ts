// Runs the sorting op family (test/support/opTables/sorting.ts) against the cases real PyTorch recorded, and the
// calls PyTorch refuses against its exception classes and messages.
import * as torch from '../../engine/tensor/index';
import { runErrorCases, runOpCases } from '../support/opCases';
import { OPS, ULP_ALLOWANCE } from '../support/opTables/sorting';

runOpCases('sorting', OPS, ULP_ALLOWANCE);

const x = () => torch.zeros([3, 4], 'float32');
const empty = () => torch.zeros([2, 0], 'float32');
const bools = () => torch.fromNested([true, false], 'bool');

runErrorCases('sorting', {
  sort_bad_dim: () => torch.sort(x(), 2),
  topk_k_too_big: () => torch.topk(x(), 5),
  topk_k_negative: () => torch.topk(x(), -1),
  topk_bool: () => torch.topk(bools(), 1),
  kthvalue_k_too_big: () => torch.kthvalue(x(), 5),
  kthvalue_k_zero: () => torch.kthvalue(x(), 0, 0),
  kthvalue_empty: () => torch.kthvalue(empty(), 1),
  kthvalue_bool: () => torch.kthvalue(bools(), 1),
  median_bool: () => torch.median(bools()),
  median_dim_bool: () => torch.medianDim(bools(), 0),
  median_dim_empty: () => torch.medianDim(empty(), 1),
  mode_empty: () => torch.mode(empty()),
  unique_bad_dim: () => torch.uniqueDim(x(), 3),
});

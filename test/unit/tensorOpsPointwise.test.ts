// Runs the pointwise op family (test/support/opTables/pointwise.ts) against the cases real PyTorch recorded,
// and the calls PyTorch refuses against its exception classes and messages.
import * as torch from '../../engine/tensor/index';
import { runErrorCases, runOpCases } from '../support/opCases';
import { OPS, ULP_ALLOWANCE } from '../support/opTables/pointwise';

const ones = (shape: number[], dtype: 'float32' | 'float64' = 'float32') => torch.ones(shape, dtype);
const range = () => torch.arange(0, 3, 1, 'int64');

runOpCases('pointwise', OPS, ULP_ALLOWANCE);

runErrorCases('pointwise', {
  hypot_int: () => torch.hypot(range(), range()),
  logaddexp_int: () => torch.logaddexp(range(), range()),
  lerp_end_dtype: () => torch.lerp(ones([3]), ones([3], 'float64'), 0.5),
  lerp_weight_dtype: () => torch.lerp(ones([3]), ones([3]), ones([3], 'float64')),
  addcdiv_int: () => torch.addcdiv(range(), range(), range()),
  addcmul_shape: () => torch.addcmul(ones([3]), ones([4]), ones([3])),
});

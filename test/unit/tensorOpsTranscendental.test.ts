// Runs the transcendental op family (test/support/opTables/transcendental.ts) against the cases real PyTorch
// recorded, and the calls PyTorch refuses against its exception classes and messages.
import * as torch from '../../engine/tensor/index';
import { runErrorCases, runOpCases } from '../support/opCases';
import { OPS, ULP_ALLOWANCE } from '../support/opTables/transcendental';

runOpCases('transcendental', OPS, ULP_ALLOWANCE);

runErrorCases('transcendental', {
  atan2_shape: () => torch.atan2(torch.ones([3], 'float32'), torch.ones([4], 'float32')),
  atan2_inplace_int: () => torch.applyInPlace(torch.arange(0, 3, 1, 'int64'), (x) => torch.atan2(x, torch.ones([3], 'float32')), true),
  asin_inplace_int: () => torch.applyInPlace(torch.arange(0, 3, 1, 'int64'), torch.asin, true),
  atan2_inplace_broadcast: () => torch.applyInPlace(torch.ones([3], 'float32'), (x) => torch.atan2(x, torch.ones([2, 3], 'float32')), true),
});

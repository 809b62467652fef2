// Runs the cumulative op family (test/support/opTables/cumulative.ts) against the cases real PyTorch recorded,
// and the calls PyTorch refuses against its exception classes and messages.
import * as torch from '../../engine/tensor/index';
import { runErrorCases, runOpCases } from '../support/opCases';
import { OPS, ULP_ALLOWANCE } from '../support/opTables/cumulative';

runOpCases('cumulative', OPS, ULP_ALLOWANCE);

runErrorCases('cumulative', {
  cummax_bad_dim: () => torch.cummax(torch.zeros([2, 3], 'float32'), 2),
  cummin_bad_dim: () => torch.cummin(torch.zeros([3], 'float32'), -2),
  logcumsumexp_int: () => torch.logcumsumexp(torch.arange(0, 3, 1, 'int64'), 0),
});

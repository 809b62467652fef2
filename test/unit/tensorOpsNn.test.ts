// Runs the torch.nn.functional op family (test/support/opTables/nn.ts) against the cases real PyTorch recorded.
import { runOpCases } from '../support/opCases';
import { OPS, ULP_ALLOWANCE } from '../support/opTables/nn';

runOpCases('nn', OPS, ULP_ALLOWANCE);

// Runs the division op family (test/support/opTables/division.ts) against the cases real PyTorch recorded.
import { runOpCases } from '../support/opCases';
import { OPS, ULP_ALLOWANCE } from '../support/opTables/division';

runOpCases('division', OPS, ULP_ALLOWANCE);

// Runs the core op family (test/support/opTables/core.ts) against the cases real PyTorch recorded.
import { runOpCases } from '../support/opCases';
import { OPS, ULP_ALLOWANCE } from '../support/opTables/core';

runOpCases('core', OPS, ULP_ALLOWANCE);

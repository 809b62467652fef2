// Runs the shapes op family (test/support/opTables/shapes.ts) against the cases real PyTorch recorded.
import { runOpCases } from '../support/opCases';
import { OPS, ULP_ALLOWANCE } from '../support/opTables/shapes';

runOpCases('shapes', OPS, ULP_ALLOWANCE);

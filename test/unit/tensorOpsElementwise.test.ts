// Runs the elementwise op family (test/support/opTables/elementwise.ts) against the cases real PyTorch recorded.
import { runOpCases } from '../support/opCases';
import { OPS, ULP_ALLOWANCE } from '../support/opTables/elementwise';

runOpCases('elementwise', OPS, ULP_ALLOWANCE);

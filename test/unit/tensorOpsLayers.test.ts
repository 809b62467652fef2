// The layers op family (tools/opcases/layers.py): convolutions, pooling and normalisation against the cases
// real PyTorch recorded.
import { runOpCases } from '../support/opCases';
import { OPS, ALLOWANCES } from '../support/opTables/layers';

runOpCases('layers', OPS, ALLOWANCES);

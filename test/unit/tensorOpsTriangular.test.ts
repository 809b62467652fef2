// Runs the triangular op family (test/support/opTables/triangular.ts) against the cases real PyTorch recorded,
// and the calls PyTorch refuses against its exception classes and messages.
import * as torch from '../../engine/tensor/index';
import { runErrorCases, runOpCases } from '../support/opCases';
import { OPS, ULP_ALLOWANCE } from '../support/opTables/triangular';

runOpCases('triangular', OPS, ULP_ALLOWANCE);

const x = () => torch.zeros([3, 4], 'float32');
const v = () => torch.zeros([3], 'float32');
const one = () => torch.wrapNumber(1, 'int64');

runErrorCases('triangular', {
  tril_vector: () => torch.tril(v()),
  triu_scalar: () => torch.triu(torch.zeros([], 'float32')),
  diagonal_same_dims: () => torch.diagonal(x(), 0, 1, 1),
  diagonal_bad_dim: () => torch.diagonal(x(), 0, 0, 2),
  diag_3d: () => torch.diag(torch.zeros([2, 2, 2], 'float32')),
  diag_scalar: () => torch.diag(torch.zeros([], 'float32')),
  diag_embed_same_dims: () => torch.diagEmbed(v(), 0, 0, 0),
  trace_vector: () => torch.trace(v()),
  trace_3d: () => torch.trace(torch.zeros([2, 2, 2], 'float32')),
  trace_bool: () => torch.trace(torch.zeros([3, 4], 'bool')),
  tril_indices_negative_row: () => torch.trilIndices(-1, 2),
  triu_indices_negative_col: () => torch.triuIndices(2, -3),
  fill_diagonal_vector: () => torch.fillDiagonalInPlace(v(), one()),
  fill_diagonal_unequal: () => torch.fillDiagonalInPlace(torch.zeros([2, 3, 4], 'float32'), one()),
});

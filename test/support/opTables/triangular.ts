// The triangular op family (tools/opcases/triangular.py): tril/triu, diag, diagonal, diag_embed, diagflat, trace,
// tril_indices/triu_indices and fill_diagonal_.
import * as torch from '../../../engine/tensor/index';
import type { Tensor } from '../../../engine/tensor/tensor';
import type { OpCase } from '../opCases';

const float = (value: number) => torch.wrapNumber(value, 'float64');
const int = (value: number) => torch.wrapNumber(value, 'int64');
const filled = (a: Tensor, value: Tensor, wrap = false) => torch.fillDiagonalInPlace(torch.clone(a), value, wrap);

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, OpCase> = {
  tril: (a) => torch.tril(a!),
  tril_offset: (a) => torch.tril(a!, 1),
  tril_negative_batched: (a) => torch.tril(a!, -1),
  triu: (a) => torch.triu(a!),
  triu_offset_batched: (a) => torch.triu(a!, 2),
  triu_negative: (a) => torch.triu(a!, -2),
  tril_int: (a) => torch.tril(a!),
  triu_bool: (a) => torch.triu(a!, 1),
  tril_inplace: (a) => torch.applyInPlace(torch.clone(a!), (input) => torch.tril(input, 1), false),
  triu_inplace: (a) => torch.applyInPlace(torch.clone(a!), (input) => torch.triu(input), false),
  diagonal: (a) => torch.diagonal(a!),
  diagonal_offset: (a) => torch.diagonal(a!, 1),
  diagonal_negative_offset: (a) => torch.diagonal(a!, -2),
  diagonal_dims: (a) => torch.diagonal(a!, 0, 2, 0),
  diagonal_neg_dims_offset: (a) => torch.diagonal(a!, 1, -1, -2),
  diagonal_out_of_range: (a) => torch.diagonal(a!, 5),
  diagonal_then_mul: (a) => torch.mul(torch.diagonal(a!), int(2)),
  diag_vector: (a) => torch.diag(a!),
  diag_vector_offset: (a) => torch.diag(a!, 2),
  diag_vector_negative: (a) => torch.diag(a!, -1),
  diag_matrix: (a) => torch.diag(a!),
  diag_matrix_offset: (a) => torch.diag(a!, -1),
  diag_embed: (a) => torch.diagEmbed(a!),
  diag_embed_offset_dims: (a) => torch.diagEmbed(a!, 1, 0, 2),
  diag_embed_negative_offset: (a) => torch.diagEmbed(a!, -2, -1, 0),
  diagflat_vector: (a) => torch.diagflat(a!),
  diagflat_matrix_offset: (a) => torch.diagflat(a!, -1),
  trace: (a) => torch.trace(a!),
  trace_long: (a) => torch.trace(a!),
  trace_wide: (a) => torch.trace(a!),
  trace_tall: (a) => torch.trace(a!),
  trace_transposed: (a) => torch.trace(torch.t(a!)),
  trace_int: (a) => torch.trace(a!),
  trace_int32: (a) => torch.trace(a!),
  trace_float64: (a) => torch.trace(torch.toDtype(a!, 'float64')),
  tril_indices: () => torch.trilIndices(3, 4),
  tril_indices_offset: () => torch.trilIndices(4, 3, 1),
  triu_indices_negative_int32: () => torch.triuIndices(4, 3, -1, 'int32'),
  triu_indices_empty: () => torch.triuIndices(2, 2, 3),
  fill_diagonal: (a) => filled(a!, float(5)),
  fill_diagonal_tall_wrap: (a) => filled(a!, int(-1), true),
  fill_diagonal_tall: (a) => filled(a!, int(2)),
  fill_diagonal_cube: (a) => filled(a!, float(0.5)),
  fill_diagonal_int: (a) => filled(a!, int(7)),
};

/** Every case of this family is exact. */
export const ULP_ALLOWANCE: Record<string, number> = {};

// The reductions op family (tools/opcases/reductions.py): extrema, prod, var/std, norm, logsumexp, softmax,
// cumsum, all/any, sum/mean with a dtype; plus the errors PyTorch raises for them, with its messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Tensor } from '../../engine/tensor/tensor';
import { TorchError } from '../../engine/tensor/errors';
import { add } from '../../engine/tensor/ops/arithmetic';
import { wrapNumber } from '../../engine/tensor/ops/elementwise';
import { arange, fromNested, zeros } from '../../engine/tensor/ops/creation';
import { mul } from '../../engine/tensor/ops/arithmetic';
import { toDtype } from '../../engine/tensor/ops/copy';
import { reshape } from '../../engine/tensor/ops/views';
import { mean } from '../../engine/tensor/ops/reduce';
import { amax, amin, argmax, argmin, max, maxDim, min, minDim, type ValuesAndIndices } from '../../engine/tensor/ops/extrema';
import { all, any, cumsum, meanAsDtype, norm, prod, std, sumAsDtype, variance } from '../../engine/tensor/ops/statistics';
import { logSoftmax, logsumexp, softmax } from '../../engine/tensor/ops/softmax';
import { runOpCases } from '../support/opCases';

const pair = ({ values, indices }: ValuesAndIndices): Tensor[] => [values, indices];

/** The engine's spelling of each case's PyTorch expression. */
const OPS: Record<string, (...inputs: Tensor[]) => Tensor | Tensor[]> = {
  max_all: (a) => max(a!),
  min_all: (a) => min(a!),
  max_all_ties: (a) => max(a!),
  min_all_ties: (a) => min(a!),
  max_dim: (a) => pair(maxDim(a!, 1)),
  max_dim0_keepdim: (a) => pair(maxDim(a!, 0, true)),
  min_dim_neg: (a) => pair(minDim(a!, -1)),
  max_dim_ties: (a) => pair(maxDim(a!, 1)),
  min_dim_ties: (a) => pair(minDim(a!, 0)),
  max_dim_int: (a) => pair(maxDim(a!, 0)),
  max_bool: (a) => max(a!),
  argmax_all: (a) => argmax(a!),
  argmin_all_ties: (a) => argmin(a!),
  argmax_dim_keepdim: (a) => argmax(a!, 1, true),
  argmin_dim: (a) => argmin(a!, 0),
  argmax_flat_keepdim: (a) => argmax(a!, undefined, true),
  argmax_int: (a) => argmax(a!, 0),
  amax_dims: (a) => amax(a!, [0, 2]),
  amin_all: (a) => amin(a!),
  amax_keepdim: (a) => amax(a!, [1], true),
  prod_all: (a) => prod(a!),
  prod_all_70: (a) => prod(a!),
  prod_all_2d: (a) => prod(a!),
  prod_dim_last: (a) => prod(a!, 1),
  prod_dim0: (a) => prod(a!, 0),
  prod_dim0_wide: (a) => prod(a!, 0),
  prod_middle_keepdim: (a) => prod(a!, 1, true),
  prod_all_one_zero: (a) => prod(a!),
  prod_all_zeros: (a) => prod(a!),
  prod_dim_zeros: (a) => prod(a!, 1),
  prod_dim0_one_zero: (a) => prod(a!, 0),
  prod_int: (a) => prod(a!),
  prod_bool_dim: (a) => prod(a!, 0),
  var_all: (a) => variance(a!),
  var_all_offset: (a) => variance(add(a!, wrapNumber(1000, 'int64'))),
  var_all_2d_biased: (a) => variance(a!, undefined, 0),
  var_dim: (a) => variance(a!, [1]),
  var_dim0_keepdim: (a) => variance(a!, [0], 1, true),
  var_dims_correction: (a) => variance(a!, [0, 2], 0),
  var_dim_1d: (a) => variance(add(a!, wrapNumber(100, 'int64')), [0]),
  var_float64: (a) => variance(toDtype(a!, 'float64'), [1]),
  std_all: (a) => std(a!),
  std_dim: (a) => std(a!, [1], 1, true),
  std_dim_biased: (a) => std(a!, [0], 0),
  norm_all: (a) => norm(a!),
  norm_all_2d: (a) => norm(a!),
  norm_dim_last: (a) => norm(a!, 2, [1]),
  norm_dim0: (a) => norm(a!, 2, [0]),
  norm_p1: (a) => norm(a!, 1),
  norm_p1_dim: (a) => norm(a!, 1, [0], true),
  norm_inf: (a) => norm(a!, Infinity),
  norm_inf_dim: (a) => norm(a!, Infinity, [1]),
  norm_neg_inf_dim: (a) => norm(a!, -Infinity, [1]),
  norm_zeros: (a) => norm(a!, 2, [1]),
  logsumexp_dim: (a) => logsumexp(a!, [1]),
  logsumexp_dim0_keepdim: (a) => logsumexp(a!, [0], true),
  logsumexp_dims: (a) => logsumexp(a!, [0, 2]),
  logsumexp_int: (a) => logsumexp(a!, [0]),
  softmax_last: (a) => softmax(a!, 1),
  softmax_last_long: (a) => softmax(a!, -1),
  softmax_last_8: (a) => softmax(mul(a!, wrapNumber(3, 'int64')), 1),
  softmax_dim0: (a) => softmax(a!, 0),
  softmax_middle: (a) => softmax(a!, 1),
  softmax_1d: (a) => softmax(a!, 0),
  softmax_dtype_int: (a) => softmax(a!, 0, 'float32'),
  log_softmax_last: (a) => logSoftmax(a!, 1),
  log_softmax_last_long: (a) => logSoftmax(a!, -1),
  log_softmax_dim0: (a) => logSoftmax(a!, 0),
  log_softmax_middle: (a) => logSoftmax(a!, 1),
  cumsum_1d: (a) => cumsum(a!, 0),
  cumsum_dim1: (a) => cumsum(a!, 1),
  cumsum_dim0: (a) => cumsum(a!, 0),
  cumsum_int: (a) => cumsum(a!, 0),
  cumsum_bool: (a) => cumsum(a!, -1),
  cumsum_dtype: (a) => cumsum(a!, 1, 'float64'),
  all_bool: (a) => all(a!),
  any_bool_dim: (a) => any(a!, 1),
  all_float_dim_keepdim: (a) => all(a!, 0, true),
  any_int: (a) => any(a!),
  sum_dtype_float64: (a) => sumAsDtype(a!, 'float64'),
  sum_dim_dtype: (a) => sumAsDtype(a!, 'float64', [1]),
  mean_dtype_float64: (a) => meanAsDtype(a!, 'float64'),
  mean_int_dtype: (a) => meanAsDtype(a!, 'float32'),
};

// No ulp allowance: float32 exp follows SLEEF's expf exactly, and every recorded case matches bit for bit.
runOpCases('reductions', OPS);

// ------------------------------------------------------------------------------------------------------------
// Errors

const x = () => zeros([3, 4], 'float32');
const empty = () => zeros([2, 0], 'float32');
const ints = () => reshape(arange(0, 6, 1, 'int64'), [2, 3]);
const bools = () => fromNested([[true, false, true, true], [false, false, true, false], [true, true, true, true]], 'bool');

const ERROR_OPS: Record<string, () => unknown> = {
  max_empty: () => max(empty()),
  min_empty: () => min(empty()),
  amax_empty: () => amax(empty()),
  max_dim_empty: () => maxDim(empty(), -1),
  min_dim_empty: () => minDim(empty(), 1),
  amin_dims_empty: () => amin(empty(), [0, 1]),
  argmax_empty: () => argmax(empty()),
  argmin_dim_empty: () => argmin(empty(), 1),
  argmax_bool: () => argmax(bools()),
  argmin_bool: () => argmin(bools(), 0),
  max_bad_dim: () => maxDim(x(), 2),
  argmax_bad_dim: () => argmax(x(), -3),
  amax_repeated_dim: () => amax(x(), [0, 0]),
  prod_bad_dim: () => prod(x(), 5),
  var_int: () => variance(ints()),
  std_bool_dim: () => std(bools(), [0]),
  var_repeated_dim: () => variance(x(), [1, 1]),
  var_bad_dim: () => variance(x(), [2]),
  norm_int: () => norm(ints()),
  norm_bool: () => norm(bools(), 1),
  norm_bad_dim: () => norm(x(), 2, [4]),
  logsumexp_bad_dim: () => logsumexp(x(), [3]),
  logsumexp_repeated_dim: () => logsumexp(x(), [0, 0]),
  softmax_int_dim0: () => softmax(ints(), 0),
  softmax_int_last: () => softmax(ints(), 1),
  softmax_bool_last: () => softmax(bools(), -1),
  log_softmax_int_dim0: () => logSoftmax(ints(), 0),
  log_softmax_int_last: () => logSoftmax(ints(), 1),
  softmax_bad_dim: () => softmax(x(), 2),
  cumsum_bad_dim: () => cumsum(x(), 2),
  all_bad_dim: () => all(bools(), 2),
  mean_int: () => mean(ints()),
  mean_dtype_int: () => meanAsDtype(x(), 'int64'),
};

const errorFixture = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'ops', 'reductions_errors.json'), 'utf8')) as {
  errors: Record<string, { type: string; message: string }>;
};

for (const [name, expected] of Object.entries(errorFixture.errors)) {
  test(`reductions error ${name}: ${expected.type} with PyTorch's message`, () => {
    const call = ERROR_OPS[name];
    assert.ok(call, `error case ${name} has an engine counterpart`);
    assert.throws(call, (error: unknown) => {
      assert.ok(error instanceof TorchError, `${name} raises a TorchError`);
      assert.equal(error.kind, expected.type);
      assert.equal(error.message, expected.message);
      return true;
    });
  });
}

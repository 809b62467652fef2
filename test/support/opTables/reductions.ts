// The reductions op family (tools/opcases/reductions.py): extrema, aminmax, prod, var/std, var_mean/std_mean,
// nansum/nanmean, norm, logsumexp, softmax, cumsum, all/any, sum/mean with a dtype.
import { Tensor } from '../../../engine/tensor/tensor';
import { grad } from '../../../engine/tensor/autograd/api';
import { crossEntropy, nllLoss } from '../../../engine/tensor/ops/loss';
import { add, div, mul } from '../../../engine/tensor/ops/arithmetic';
import { wrapNumber } from '../../../engine/tensor/ops/elementwise';
import { detach, toDtype } from '../../../engine/tensor/ops/copy';
import { select, slice, t } from '../../../engine/tensor/ops/views';
import { amax, amin, aminmax, argmax, argmin, max, maxDim, min, minDim, type MinAndMax, type ValuesAndIndices } from '../../../engine/tensor/ops/extrema';
import { all, any, cumsum, meanAsDtype, nanmean, nansum, norm, prod, std, sumAsDtype, variance, varianceMean } from '../../../engine/tensor/ops/statistics';
import { logSoftmax, logsumexp, softmax } from '../../../engine/tensor/ops/softmax';

const pair = ({ values, indices }: ValuesAndIndices): Tensor[] => [values, indices];
const minMax = ({ min: low, max: high }: MinAndMax): Tensor[] => [low, high];

/** The float64 inputs of the product and norm cases: detached float32 draws / 30 + 1. */
const nearOne = (a: Tensor): Tensor => add(div(toDtype(detach(a), 'float64'), wrapNumber(30, 'int64')), wrapNumber(1, 'int64'));

const NORM_LENGTHS = [...Array.from({ length: 70 }, (_, i) => i + 1), 255, 256, 257, 300];

function prodNormLengths(a: Tensor): Tensor[] {
  const prefix = (n: number) => slice(a, 0, 0, n);
  return [...NORM_LENGTHS.map((n) => prod(prefix(n))), ...NORM_LENGTHS.map((n) => norm(prefix(n))), ...[7, 64, 300].map((n) => norm(prefix(n), 1))];
}

const SOFTMAX_WIDTHS = [1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 17, 33];

/** softmax_widths in tools/opcases/reductions.py: each result of x = a[:, :c], then its gradient for x / 2. */
function softmaxWidths(a: Tensor): Tensor[] {
  return SOFTMAX_WIDTHS.flatMap((c) => {
    const x = detach(slice(a, 1, 0, c));
    x.requiresGrad = true;
    const target = Tensor.fromStorage(Float64Array.from({ length: 7 }, (_, i) => i % c), [7], 'int64');
    const half = div(detach(x), wrapNumber(2, 'int64'));
    const outs = [softmax(x, 1), logSoftmax(x, 1), softmax(x, 0), logSoftmax(x, 0), crossEntropy(x, target), nllLoss(logSoftmax(x, 1), target, { reduction: 'sum' })];
    return outs.flatMap((out) => {
      const upstream = out.ndim === 0 ? select(select(half, 0, 0), 0, 0) : half;
      return [detach(out), grad([out], [x], { gradOutputs: [upstream] })[0]!];
    });
  });
}

function prodNormDims(a: Tensor): Tensor[] {
  const dims = [[0], [1], [2], [0, 1], [1, 2], [0, 2]];
  return [...[0, 1, 2].map((d) => prod(a, d)), ...dims.map((d) => norm(a, 2, d)), ...dims.map((d) => norm(a, 1, d))];
}

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, (...inputs: Tensor[]) => Tensor | Tensor[]> = {
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
  var_mean_all: (a) => varianceMean(a!, undefined, 1, false, false),
  var_mean_all_2d_offset: (a) => varianceMean(add(a!, wrapNumber(100, 'int64')), undefined, 0, false, false),
  var_mean_dim: (a) => varianceMean(a!, [1], 1, false, false),
  var_mean_dims_correction: (a) => varianceMean(a!, [0, 2], 0, true, false),
  var_mean_float64: (a) => varianceMean(toDtype(a!, 'float64'), [0], 1, false, false),
  std_mean_all: (a) => varianceMean(a!, undefined, 1, false, true),
  std_mean_dim_biased: (a) => varianceMean(a!, [0], 0, false, true),
  std_mean_float64_keepdim: (a) => varianceMean(toDtype(a!, 'float64'), [-1], 1, true, true),
  var_mean_spread_only: (a) => varianceMean(a!, [1], 1, false, false)[0],
  std_mean_mean_only: (a) => varianceMean(a!, [1], 1, false, true)[1],
  aminmax_all: (a) => minMax(aminmax(detach(a!))),
  aminmax_dim: (a) => minMax(aminmax(detach(a!), 1)),
  aminmax_dim0_keepdim: (a) => minMax(aminmax(detach(a!), 0, true)),
  aminmax_int: (a) => minMax(aminmax(a!, -1)),
  nansum_all: (a) => nansum(a!),
  nansum_dim: (a) => nansum(a!, [1]),
  nansum_dim0_keepdim: (a) => nansum(a!, [0], true),
  nansum_transposed: (a) => nansum(t(a!), [0]),
  nansum_dtype_float64: (a) => nansum(a!, undefined, false, 'float64'),
  nansum_int: (a) => nansum(a!, [0]),
  nanmean_all: (a) => nanmean(a!),
  nanmean_dims: (a) => nanmean(a!, [0, 2]),
  nanmean_float64_keepdim: (a) => nanmean(toDtype(a!, 'float64'), [1], true),
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
  prod_norm_lengths_float64: (a) => prodNormLengths(nearOne(a!)),
  prod_norm_dims_float64: (a) => prodNormDims(nearOne(a!)),
  softmax_widths_float64: (a) => softmaxWidths(mul(toDtype(detach(a!), 'float64'), wrapNumber(3, 'int64'))),
};

// No ulp allowance: float32 exp follows SLEEF's expf exactly, and every recorded case matches bit for bit.

/** Every case of this family is exact. */
export const ULP_ALLOWANCE: Record<string, number> = {};

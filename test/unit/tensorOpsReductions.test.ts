// The reductions op family (tools/opcases/reductions.py): extrema, aminmax, prod, var/std, var_mean/std_mean,
// nansum/nanmean, norm, logsumexp, softmax, cumsum, all/any, sum/mean with a dtype; plus the errors PyTorch
// raises for them, with its messages.
import { arange, fromNested, zeros } from '../../engine/tensor/ops/creation';
import { reshape } from '../../engine/tensor/ops/views';
import { mean } from '../../engine/tensor/ops/reduce';
import { amax, amin, aminmax, argmax, argmin, max, maxDim, min, minDim } from '../../engine/tensor/ops/extrema';
import { all, cumsum, meanAsDtype, nanmean, nansum, norm, prod, std, variance, varianceMean } from '../../engine/tensor/ops/statistics';
import { backward } from '../../engine/tensor/autograd/api';
import { logSoftmax, logsumexp, softmax } from '../../engine/tensor/ops/softmax';
import { runErrorCases, runOpCases } from '../support/opCases';
import { OPS, ULP_ALLOWANCE } from '../support/opTables/reductions';

runOpCases('reductions', OPS, ULP_ALLOWANCE);

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
  var_mean_int: () => varianceMean(ints(), undefined, 1, false, false),
  std_mean_int_dim: () => varianceMean(ints(), [0], 1, false, true),
  var_mean_bad_dim: () => varianceMean(x(), [2], 1, false, false),
  aminmax_empty: () => aminmax(empty()),
  aminmax_dim_empty: () => aminmax(empty(), 1),
  aminmax_bad_dim: () => aminmax(x(), 3),
  aminmax_backward: () => {
    const input = x();
    input.requiresGrad = true;
    return backward(aminmax(input).min);
  },
  nansum_dtype_int: () => nansum(x(), undefined, false, 'int64'),
  nansum_bad_dim: () => nansum(x(), [5]),
  nanmean_int: () => nanmean(ints()),
};

runErrorCases('reductions', ERROR_OPS);

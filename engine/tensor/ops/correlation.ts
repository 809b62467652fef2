// cov and corrcoef as ATen's Correlation.cpp composes them: observations along dim 1, the mean as sum / count
// (a 0-d int64 count), deviations times their transpose with mm, divided by count - correction; corrcoef divides
// by the standard deviations as a column and then as a row, and clips to [-1, 1].
import { runtimeError, warn } from '../errors';
import type { Tensor } from '../tensor';
import { div, sub } from './arithmetic';
import { clamp } from './clamp';
import { full } from './creation';
import { wrapNumber } from './elementwise';
import { mm } from './linalg';
import { sum } from './reduce';
import { diag } from './triangular';
import { sqrt } from './unaryMath';
import { squeeze, t, unsqueeze, view } from './views';

function checkAtMostMatrix(input: Tensor, name: string): void {
  if (input.ndim > 2) throw runtimeError(`${name}(): expected input to have two or fewer dimensions but got an input with ${input.ndim} dimensions`);
}

/** cov(input, correction): variables along dim 0, observations along dim 1 (a vector is one variable). */
export function cov(input: Tensor, correction = 1): Tensor {
  checkAtMostMatrix(input, 'cov');
  if (input.dtype === 'bool') throw runtimeError('cov(): bool dtype is not supported for input');
  const observations = input.ndim < 2 ? view(input, [1, -1]) : input;
  const count = full([], observations.shape[1]!, 'int64');
  const mean = div(sum(observations, [1]), count);
  let normalization = sub(count, wrapNumber(correction, 'int64'));
  if (normalization.at(0) <= 0) {
    warn('cov(): degrees of freedom is <= 0 (Triggered internally at  ./aten/src/ATen/native/Correlation.cpp:100.)');
    normalization = full([], 0, 'int64');
  }
  const deviations = sub(observations, unsqueeze(mean, 1));
  return squeeze(div(mm(deviations, t(deviations)), normalization));
}

/** corrcoef(input): the covariance normalised by the standard deviations; one variable gives c / c. */
export function corrcoef(input: Tensor): Tensor {
  checkAtMostMatrix(input, 'corrcoef');
  const c = cov(input);
  if (c.ndim === 0) return div(c, c);
  const deviation = sqrt(diag(c));
  return clamp(div(div(c, view(deviation, [-1, 1])), view(deviation, [1, -1])), -1, 1);
}

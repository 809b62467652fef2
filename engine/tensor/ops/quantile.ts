// quantile and nanquantile as ATen composes them: sort along the reduced dim, ranks q * (n - 1) (over the
// non-NaN count for nanquantile), gather below and above, and lerp_ between them in place; the result then takes
// the output's shape through in-place squeeze_/unsqueeze_/transpose_ (so grad_fn is SqueezeBackward3).
import { isFloating } from '../dtype';
import { runtimeError } from '../errors';
import { normalizeDim } from '../shape';
import type { Tensor } from '../tensor';
import { mul, sub } from './arithmetic';
import { ge, isnan, le, logicalAnd, logicalNot, lt } from './comparison';
import { toDtype } from './copy';
import { full } from './creation';
import { wrapNumber } from './elementwise';
import { gather } from './gather';
import { applyInPlace } from './inplace';
import { maskedFill } from './indexing';
import { broadcastTensors } from './rearrange';
import { flatten } from './reorder';
import { sort } from './sorting';
import { all, any, sumAsDtype } from './statistics';
import { ceil, floor, round } from './unaryMath';
import { squeezeInPlace, transpose, transposeInPlace, unsqueeze, unsqueezeInPlace, view } from './views';
import { lerp } from './pointwise';

export type QuantileInterpolation = 'linear' | 'lower' | 'higher' | 'midpoint' | 'nearest';

const MODES: readonly string[] = ['linear', 'lower', 'higher', 'midpoint', 'nearest'];

/** A double as C++ streams print it (six significant digits). */
const streamed = (value: number) => String(Number(value.toPrecision(6)));

export function quantile(input: Tensor, q: Tensor | number, dim: number | undefined, keepdim: boolean, interpolation: string, ignoreNan: boolean): Tensor {
  if (typeof q === 'number' && !(q >= 0 && q <= 1)) throw runtimeError(`quantile() q must be in the range [0, 1] but got ${streamed(q)}`);
  if (!MODES.includes(interpolation)) {
    throw runtimeError(`quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, but got ${interpolation}`);
  }
  if (input.numel === 0) throw runtimeError('quantile() input tensor must be non-empty');
  const qs = typeof q === 'number' ? full([], q, input.dtype) : q;
  if (qs.ndim > 1) throw runtimeError('quantile() q must be a scalar or 1D tensor');
  if (!isFloating(input.dtype)) throw runtimeError('quantile() input tensor must be either float or double dtype');
  if (qs.dtype !== input.dtype) throw runtimeError('quantile() q tensor must be same dtype as the input tensor');
  if (!all(logicalAnd(ge(qs, wrapNumber(0, 'int64')), le(qs, wrapNumber(1, 'int64')))).at(0)) throw runtimeError('quantile() q values must be in the range [0, 1]');

  const wrapped = normalizeDim(dim ?? 0, Math.max(input.ndim, 1));
  let outShape: number[] = [];
  if (dim !== undefined && input.ndim > 0) {
    outShape = [...input.shape];
    if (keepdim) outShape[wrapped] = 1;
    else outShape.splice(wrapped, 1);
  } else if (keepdim) {
    outShape = new Array<number>(input.ndim).fill(1);
  }
  if (qs.ndim > 0) outShape.unshift(qs.numel);

  let sorted: Tensor;
  if (dim === undefined) sorted = sort(flatten(input)).values;
  else if (wrapped === input.ndim - 1) sorted = sort(input).values;
  else sorted = sort(transpose(unsqueeze(input, -1), wrapped, -1)).values;
  if (qs.ndim === 0) outShape.unshift(1);
  sorted = view(sorted, [...outShape.slice(1), sorted.shape[sorted.ndim - 1] ?? 1]);

  const size = sorted.shape[sorted.ndim - 1]!;
  let ranks: Tensor;
  if (ignoreNan) {
    const counts = sub(sumAsDtype(logicalNot(isnan(sorted)), 'int64', [-1], true), wrapNumber(1, 'int64'));
    ranks = mul(qs, counts);
    ranks = maskedFill(ranks, lt(ranks, wrapNumber(0, 'int64')), 0);
  } else {
    const [scaled, hasNan] = broadcastTensors([mul(qs, wrapNumber(size - 1, 'int64')), any(isnan(sorted), -1, true)]);
    ranks = maskedFill(scaled!, hasNan!, size - 1);
  }
  if (interpolation === 'lower') ranks = floor(ranks);
  else if (interpolation === 'higher') ranks = ceil(ranks);
  else if (interpolation === 'nearest') ranks = round(ranks);

  const ranksBelow = toDtype(ranks, 'int64');
  const valuesBelow = gather(sorted, -1, ranksBelow);
  if (interpolation === 'linear' || interpolation === 'midpoint') {
    const weights = interpolation === 'midpoint' ? full(ranks.shape, 0.5, ranks.dtype) : sub(ranks, ranksBelow);
    const valuesAbove = gather(sorted, -1, toDtype(ceil(ranks), 'int64'));
    applyInPlace(valuesBelow, (below) => lerp(below, valuesAbove, weights), true);
  }
  if (qs.ndim === 0) return squeezeInPlace(valuesBelow, -1);
  return squeezeInPlace(transposeInPlace(unsqueezeInPlace(valuesBelow, 0), 0, -1), -1);
}

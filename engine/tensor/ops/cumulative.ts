// Running values along a dim: cummax and cummin, with the position each value came from (a NaN wins as soon
// as it appears and stays; among equal values the latest position is kept, as in PyTorch's CPU kernel), cumprod
// and logcumsumexp, both accumulated in double precision (PyTorch's CPU accumulation type).
import { allocate, checkInt64Exact, isFloating, scalarTypeName, type DType, type Storage } from '../dtype';
import { runtimeError } from '../errors';
import { normalizeDim } from '../shape';
import { Tensor } from '../tensor';
import { withGradMode } from '../autograd/gradMode';
import { abs, exp, log } from './unaryMath';
import { add, div, mul, sub } from './arithmetic';
import { eq, gt, logicalAnd, logicalNot, lt, ne, where } from './comparison';
import { toDtype } from './copy';
import { zeros, full } from './creation';
import { wrapNumber } from './elementwise';
import type { ValuesAndIndices } from './extrema';
import { gather, scatterAdd } from './gather';
import { maskedFill } from './indexing';
import { record } from './record';
import { sum } from './reduce';
import { flip } from './reorder';
import { cumsum, newTensor, reductionLayout } from './statistics';

type Running = 'max' | 'min';

function runningExtreme(tensor: Tensor, dim: number, which: Running): ValuesAndIndices {
  const d = normalizeDim(dim, tensor.ndim);
  const data = tensor.contiguousData();
  const values = allocate(tensor.dtype, data.length);
  const indices = new Float64Array(data.length);
  if (tensor.ndim === 0) values[0] = data[0]!;
  else {
    const { outputs, elements } = reductionLayout(tensor.shape, [d]);
    const wantMax = which === 'max';
    for (let o = 0; o < outputs.length; o++) {
      const base = outputs[o]!;
      let best = data[base]!;
      let at = 0;
      for (let k = 0; k < elements.length; k++) {
        const x = data[base + elements[k]!]!;
        if (x !== x || (best === best && (wantMax ? x >= best : x <= best))) {
          best = x;
          at = k;
        }
        values[base + elements[k]!] = best;
        indices[base + elements[k]!] = at;
      }
    }
  }
  const out = { values: newTensor(values, tensor.shape, tensor.dtype), indices: newTensor(indices, tensor.shape, 'int64') };
  const inputShape = [...tensor.shape];
  // cummaxmin_backward: each gradient added at the position its value came from.
  record(which === 'max' ? 'CummaxBackward0' : 'CumminBackward0', [tensor], out.values, ([grad], [positions]) => [
    inputShape.reduce((a, b) => a * b, 1) === 0 ? zeros(inputShape, grad!.dtype) : scatterAdd(zeros(inputShape, grad!.dtype), d, positions!, grad!),
  ], [out.indices]);
  return out;
}

/** cummax(dim): the largest value so far along `dim` and where it was. */
export const cummax = (tensor: Tensor, dim: number): ValuesAndIndices => runningExtreme(tensor, dim, 'max');
/** cummin(dim): the smallest value so far along `dim` and where it was. */
export const cummin = (tensor: Tensor, dim: number): ValuesAndIndices => runningExtreme(tensor, dim, 'min');

/** Runs `step` along `dim` from `start`, writing each running value (as the dtype stores it) to the result. */
function runningValues(tensor: Tensor, dim: number, dtype: DType, start: number, step: (running: number, x: number) => number): Tensor {
  const d = normalizeDim(dim, tensor.ndim);
  const source = tensor.dtype === dtype ? tensor : withGradMode(false, () => toDtype(tensor, dtype));
  const data = source.contiguousData();
  const out: Storage = allocate(dtype, data.length);
  if (tensor.ndim === 0) {
    out[0] = step(start, data[0]!);
  } else {
    const { outputs, elements } = reductionLayout(tensor.shape, [d]);
    for (let o = 0; o < outputs.length; o++) {
      let running = start;
      for (let k = 0; k < elements.length; k++) {
        const at = outputs[o]! + elements[k]!;
        running = step(running, data[at]!);
        out[at] = running;
      }
    }
  }
  if (dtype === 'int64') checkInt64Exact(out);
  return newTensor(out, tensor.shape, dtype);
}

/** Sums from the end of `dim` back, as PyTorch writes them: flip, cumsum, flip. */
const reversedCumsum = (tensor: Tensor, dim: number): Tensor => flip(cumsum(flip(tensor, [dim]), dim), [dim]);

/** cumprod(dim, dtype): ints and bools give int64 unless a dtype is given; floats multiply in double precision. */
export function cumprod(tensor: Tensor, dim: number, dtype?: DType): Tensor {
  const outDtype = dtype ?? (isFloating(tensor.dtype) ? tensor.dtype : 'int64');
  const out = runningValues(tensor, dim, outDtype, 1, (running, x) => running * x);
  const d = normalizeDim(dim, tensor.ndim);
  // the gradient comes back in the input's dtype before the formula, as PyTorch's derivative casts it
  const inputDtype = tensor.dtype;
  record('CumprodBackward0', [tensor], out, ([grad], [input, output]) => [cumprodBackward(grad!.dtype === inputDtype ? grad! : toDtype(grad!, inputDtype), input!, output!, d)], [tensor, out]);
  return out;
}

/**
 * cumprod_backward: with no zero along the dim, reversed_cumsum(output * grad) / input. Where there are zeros,
 * the elements before the first zero take that formula over the prefix, the first zero takes
 * prod(before it) * sum(grad[k] * prod(input between it and k)) up to the second zero, and the rest get 0.
 */
function cumprodBackward(grad: Tensor, input: Tensor, output: Tensor, dim: number): Tensor {
  if (input.numel <= 1 || (input.shape[dim] ?? 1) === 1) return grad;
  const w = mul(output, grad);
  const zero = () => wrapNumber(0, 'int64');
  const isZero = eq(input, zero());
  if (!isZero.contiguousData().some((v) => v !== 0)) return div(reversedCumsum(w, dim), input);
  const zerosSoFar = cumsum(isZero, dim);
  const beforeFirst = eq(zerosSoFar, zero());
  const beforeFirstGrad = div(reversedCumsum(maskedFill(w, logicalNot(beforeFirst), 0), dim), input);
  const sinceFirst = eq(zerosSoFar, wrapNumber(1, 'int64'));
  const firstZero = logicalAnd(isZero, sinceFirst);
  const between = logicalAnd(sinceFirst, logicalNot(firstZero));
  // prod(input[:z1]): the output just before the first zero, 1 where the first zero opens the dim
  const [previous, opensDim] = beforeFirstZero(firstZero, dim);
  const prefix = where(opensDim, full([], 1, output.dtype), gather(output, dim, previous));
  const firstZeroGrad = mul(sum(mul(cumprod(maskedFill(input, logicalNot(between), 1), dim), maskedFill(grad, ne(zerosSoFar, wrapNumber(1, 'int64')), 0)), [dim], true), prefix);
  return where(beforeFirst, beforeFirstGrad, where(firstZero, firstZeroGrad, full([], 0, grad.dtype)));
}

/**
 * For each lane along `dim`, the position before its first zero (0 at the start or without a zero) as an int64
 * index for gather, and whether the first zero opens the lane (keepdim shapes).
 */
function beforeFirstZero(firstZero: Tensor, dim: number): [Tensor, Tensor] {
  const shape = firstZero.shape.map((size, d) => (d === dim ? 1 : size));
  const { outputs, elements } = reductionLayout(firstZero.shape, [dim]);
  const mask = firstZero.contiguousData();
  const previous = new Float64Array(outputs.length);
  const opens = new Uint8Array(outputs.length);
  for (let o = 0; o < outputs.length; o++) {
    let k = 0;
    while (k < elements.length && mask[outputs[o]! + elements[k]!] === 0) k++;
    const position = k === elements.length ? 0 : k;
    previous[o] = Math.max(position - 1, 0);
    opens[o] = position === 0 ? 1 : 0;
  }
  return [newTensor(previous, shape, 'int64'), newTensor(opens, shape, 'bool')];
}

/**
 * log(exp(x) + exp(y)) as PyTorch's CPU kernel takes it, in double precision: max + log1p(exp(min - max)), NaN
 * if y is, and x itself where both are the same infinity.
 */
function logAddExpStep(x: number, y: number): number {
  const min = y !== y ? y : y < x ? y : x;
  const max = y !== y ? y : x < y ? y : x;
  if (min !== max || Number.isFinite(min)) return Math.log1p(Math.exp(min - max)) + max;
  return x;
}

/** logcumsumexp(dim): the running value kept in double precision (PyTorch's CPU accumulation type). */
export function logcumsumexp(tensor: Tensor, dim: number): Tensor {
  if (!isFloating(tensor.dtype)) throw runtimeError(`"logcumsumexp_out_cpu" not implemented for '${scalarTypeName(tensor.dtype)}'`);
  const out = runningValues(tensor, dim, tensor.dtype, -Infinity, logAddExpStep);
  const d = normalizeDim(dim, tensor.ndim);
  record('LogcumsumexpBackward0', [tensor], out, ([grad], [input, result]) => [logcumsumexpBackward(grad!, input!, result!, d)], [tensor, out]);
  return out;
}

/**
 * logcumsumexp_backward: the positive and negative parts of grad in log space, each through a reversed
 * logcumsumexp, as PyTorch computes it: exp(rev(log|g+| - result) + self) - exp(rev(log|g-| - result) + self).
 */
function logcumsumexpBackward(grad: Tensor, input: Tensor, result: Tensor, dim: number): Tensor {
  if (grad.ndim === 0 || grad.numel === 0) return grad;
  const lowest = full([], grad.dtype === 'float32' ? -3.4028234663852886e38 : -Number.MAX_VALUE, grad.dtype);
  const logAbsGrad = log(abs(grad));
  const zero = wrapNumber(0, 'int64');
  const reversed = (x: Tensor) => flip(logcumsumexp(flip(x, [dim]), dim), [dim]);
  const part = (positive: Tensor) => exp(add(reversed(sub(where(positive, logAbsGrad, lowest), result)), input));
  return sub(part(gt(grad, zero)), part(lt(grad, zero)));
}

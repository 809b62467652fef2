// softmax, log_softmax and logsumexp, computed in the order PyTorch's CPU kernels (AVX2 build) use, with exp
// and log evaluated the way SLEEF's vectorised functions (Sleef_expf8_u10, Sleef_expd4_u10, ...) do in vector
// loops and as glibc's in scalar ones, so results round alike.
import { fma, fmaf } from '../../numeric/fma';
import { allocate, defaultFloatDtype, isFloating, scalarTypeName, type DType, type Storage } from '../dtype';
import { expFloat32 } from '../kernels/expFloat32';
import { logFloat32 as sleefLogFloat32 } from '../kernels/sleefFloat32';
import { sleefExpFloat64, sleefLogFloat64 } from '../kernels/sleefFloat64';
import { libmExpFloat64 } from '../../numeric/libm';
import { runtimeError } from '../errors';
import { withGradMode } from '../autograd/gradMode';
import { normalizeDim, numel } from '../shape';
import type { Tensor } from '../tensor';
import { detach, toDtype } from './copy';
import { binary, type BinaryKernel } from './elementwise';
import { mul, neg, sub } from './arithmetic';
import { exp } from './unaryMath';
import { amax } from './extrema';
import { record } from './record';
import { reducedDims, reducedShape, sum } from './reduce';
import { newTensor, restoreReducedDims } from './statistics';

// ---------------------------------------------------------------------------------------------------------
// exp and log as PyTorch's float32 kernels compute them

/** The scalar expf PyTorch's non-vectorised loops call (glibc): correctly rounded in practice. */
const scalarExpFloat32 = (x: number): number => Math.fround(Math.exp(x));

interface Arithmetic {
  round: (x: number) => number;
  vectorExp: (x: number) => number;
  scalarExp: (x: number) => number;
  log: (x: number) => number;
  fma: (a: number, b: number, c: number) => number;
  lanes: number;
  /** How vec::reduce_all folds a vector's lanes: pairwise by shuffles (AVX2 float32) or lane after lane. */
  pairwiseFold: boolean;
}

const FLOAT32: Arithmetic = { round: Math.fround, vectorExp: expFloat32, scalarExp: scalarExpFloat32, log: sleefLogFloat32, fma: fmaf, lanes: 8, pairwiseFold: true };
const FLOAT64: Arithmetic = { round: (x) => x, vectorExp: sleefExpFloat64, scalarExp: libmExpFloat64, log: sleefLogFloat64, fma: fma, lanes: 4, pairwiseFold: false };
const arithmeticFor = (dtype: DType): Arithmetic => (dtype === 'float32' ? FLOAT32 : FLOAT64);

// ---------------------------------------------------------------------------------------------------------
// Row sums in the order of PyTorch's vec::reduce_all

/**
 * Sums `count` values (values[start + i*stride]) as vec::reduce_all does: fewer than one vector are added in
 * order; otherwise lanes accumulate whole vectors, the last partial vector goes into the first lanes, and the
 * lanes are folded: float32 pairwise (AVX2 shuffles: halves, then quarters, then neighbours), float64 in order. With `weights`, each term is
 * value*weight, fused into the lane accumulators after the first vector (map2_reduce_all with x*y, x+y).
 */
function vectorSum(values: Storage, weights: Storage | null, start: number, count: number, math: Arithmetic, lanes: Float64Array): number {
  const { round, fma } = math;
  const width = math.lanes;
  const term = (i: number): number => (weights ? round(values[start + i]! * weights[start + i]!) : values[start + i]!);
  if (count < width) {
    let total = count > 0 ? term(0) : 0;
    for (let i = 1; i < count; i++) total = round(total + term(i));
    return total;
  }
  for (let k = 0; k < width; k++) lanes[k] = term(k);
  let d = width;
  for (; d + width <= count; d += width) {
    for (let k = 0; k < width; k++) {
      const at = start + d + k;
      lanes[k] = weights ? fma(values[at]!, weights[at]!, lanes[k]!) : round(lanes[k]! + values[at]!);
    }
  }
  for (let k = 0; d + k < count; k++) {
    const at = start + d + k;
    lanes[k] = weights ? fma(values[at]!, weights[at]!, lanes[k]!) : round(lanes[k]! + values[at]!);
  }
  if (!math.pairwiseFold) {
    let total = lanes[0]!;
    for (let k = 1; k < width; k++) total = round(total + lanes[k]!);
    return total;
  }
  for (let half = width / 2; half >= 1; half /= 2) {
    for (let k = 0; k < half; k++) lanes[k] = round(lanes[k]! + lanes[k + half]!);
  }
  return lanes[0]!;
}

// ---------------------------------------------------------------------------------------------------------
// softmax and log_softmax

interface Layout {
  outer: number;
  size: number;
  inner: number;
  /** True when `dim` is the input's last dim: PyTorch's row kernel, vectorised along the row. */
  lastDim: boolean;
}

function layoutOf(tensor: Tensor, dim: number): Layout {
  const d = normalizeDim(dim, tensor.ndim);
  const shape = tensor.shape;
  return { outer: numel(shape.slice(0, d)), size: shape[d] ?? 1, inner: numel(shape.slice(d + 1)), lastDim: tensor.ndim > 0 && d === tensor.ndim - 1 };
}

/**
 * Rows (last dim): max, e = exp(x - max) and their vector sum; softmax multiplies e by 1/sum, log_softmax
 * gives (x - max) - log(sum).
 */
function softmaxRows(input: Storage, out: Storage, { outer, size }: Layout, log: boolean, math: Arithmetic): void {
  const { round } = math;
  const lanes = new Float64Array(math.lanes);
  for (let r = 0; r < outer; r++) {
    const start = r * size;
    let maxValue = input[start]!;
    for (let i = 1; i < size; i++) if (input[start + i]! > maxValue || input[start + i] !== input[start + i]) maxValue = input[start + i]!;
    for (let i = 0; i < size; i++) out[start + i] = math.vectorExp(round(input[start + i]! - maxValue));
    const total = vectorSum(out, null, start, size, math, lanes);
    if (log) {
      const logTotal = math.log(total);
      for (let i = 0; i < size; i++) out[start + i] = round(round(input[start + i]! - maxValue) - logTotal);
    } else {
      const reciprocal = round(1 / total);
      for (let i = 0; i < size; i++) out[start + i] = round(out[start + i]! * reciprocal);
    }
  }
}

/**
 * Along an inner dim: each column (fixed outer and inner index) is reduced in order. Columns in whole vectors
 * use the vectorised exp, the rest of each row the scalar one; softmax divides by the sum.
 */
function softmaxColumns(input: Storage, out: Storage, { outer, size, inner }: Layout, log: boolean, math: Arithmetic): void {
  const { round } = math;
  const vectorColumns = inner - (inner % math.lanes);
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < inner; c++) {
      const exp = c < vectorColumns ? math.vectorExp : math.scalarExp;
      const base = o * size * inner + c;
      let maxValue = input[base]!;
      for (let k = 1; k < size; k++) if (input[base + k * inner]! > maxValue || input[base + k * inner] !== input[base + k * inner]) maxValue = input[base + k * inner]!;
      let total = 0;
      for (let k = 0; k < size; k++) {
        const e = exp(round(input[base + k * inner]! - maxValue));
        out[base + k * inner] = e;
        total = round(total + e);
      }
      if (log) {
        const logTotal = math.log(total);
        for (let k = 0; k < size; k++) out[base + k * inner] = round(round(input[base + k * inner]! - maxValue) - logTotal);
      } else {
        for (let k = 0; k < size; k++) out[base + k * inner] = round(out[base + k * inner]! / total);
      }
    }
  }
}

/**
 * Softmax backward (rows): sum = Σ grad*y in vector order, grad_input = (grad - sum) * y. Log-softmax
 * backward: sum = Σ grad, grad_input = grad - exp(y) * sum as one fused multiply-add.
 */
function softmaxBackwardRows(grad: Storage, result: Storage, out: Storage, { outer, size }: Layout, log: boolean, math: Arithmetic): void {
  const { round, fma } = math;
  const lanes = new Float64Array(math.lanes);
  for (let r = 0; r < outer; r++) {
    const start = r * size;
    const total = vectorSum(grad, log ? null : result, start, size, math, lanes);
    for (let i = start; i < start + size; i++) {
      out[i] = log ? fma(-math.vectorExp(result[i]!), total, grad[i]!) : round(round(grad[i]! - total) * result[i]!);
    }
  }
}

/** The same along an inner dim, each column's sum accumulated in order (softmax's with fused multiply-adds). */
function softmaxBackwardColumns(grad: Storage, result: Storage, out: Storage, { outer, size, inner }: Layout, log: boolean, math: Arithmetic): void {
  const { round, fma } = math;
  const vectorColumns = inner - (inner % math.lanes);
  for (let o = 0; o < outer; o++) {
    for (let c = 0; c < inner; c++) {
      const exp = c < vectorColumns ? math.vectorExp : math.scalarExp;
      const base = o * size * inner + c;
      let total = 0;
      for (let k = 0; k < size; k++) {
        const at = base + k * inner;
        total = log ? round(total + grad[at]!) : fma(grad[at]!, result[at]!, total);
      }
      for (let k = 0; k < size; k++) {
        const at = base + k * inner;
        out[at] = log ? fma(-exp(result[at]!), total, grad[at]!) : round(round(grad[at]! - total) * result[at]!);
      }
    }
  }
}

function checkSoftmaxDtype(tensor: Tensor, layout: Layout, log: boolean): void {
  if (isFloating(tensor.dtype)) return;
  const kernel = layout.lastDim ? (log ? 'log_softmax_lastdim_kernel_impl' : 'softmax_lastdim_kernel_impl') : 'softmax_kernel_impl';
  throw runtimeError(`"${kernel}" not implemented for '${scalarTypeName(tensor.dtype)}'`);
}

function softmaxWith(tensor: Tensor, dim: number, dtype: DType | undefined, log: boolean): Tensor {
  const input = dtype === undefined ? tensor : toDtype(tensor, dtype);
  const layout = layoutOf(input, dim);
  checkSoftmaxDtype(input, layout, log);
  const math = arithmeticFor(input.dtype);
  const out = allocate(input.dtype, input.numel);
  (layout.lastDim ? softmaxRows : softmaxColumns)(input.contiguousData(), out, layout, log, math);
  const result = newTensor(out, input.shape, input.dtype);
  record(log ? 'LogSoftmaxBackward0' : 'SoftmaxBackward0', [input], result, ([grad], [saved]) => [softmaxBackward(grad!, saved!, dim, log)], [result]);
  return result;
}

/**
 * _softmax_backward_data / _log_softmax_backward_data: the kernels above, recorded so that the gradient is itself
 * differentiable (SoftmaxBackwardDataBackward0 / LogSoftmaxBackwardDataBackward0), with PyTorch's formulas.
 */
function softmaxBackward(grad: Tensor, result: Tensor, dim: number, log: boolean): Tensor {
  const layout = layoutOf(result, dim);
  const gradInput = allocate(result.dtype, result.numel);
  const gradData = grad.dtype === result.dtype ? grad.contiguousData() : withGradMode(false, () => toDtype(grad, result.dtype)).contiguousData();
  (layout.lastDim ? softmaxBackwardRows : softmaxBackwardColumns)(gradData, result.contiguousData(), gradInput, layout, log, arithmeticFor(result.dtype));
  const out = newTensor(gradInput, result.shape, result.dtype);
  const d = [normalizeDim(dim, result.ndim)];
  const rowSum = (tensor: Tensor) => sum(tensor, d, true);
  record(
    log ? 'LogSoftmaxBackwardDataBackward0' : 'SoftmaxBackwardDataBackward0',
    [grad, result],
    out,
    ([gradGrad], [savedGrad, savedResult]) => {
      const gg = toDtype(gradGrad!, savedResult!.dtype);
      if (log) {
        const expResult = exp(savedResult!);
        return [
          grad.requiresGrad ? sub(gg, rowSum(mul(gg, expResult))) : null,
          result.requiresGrad ? mul(mul(neg(rowSum(savedGrad!)), expResult), gg) : null,
        ];
      }
      return [
        grad.requiresGrad ? softmaxBackward(gg, savedResult!, dim, false) : null,
        // grad_output * gg - sum(y * grad_output) * gg - grad_output * sum(y * gg)
        result.requiresGrad ? sub(sub(mul(savedGrad!, gg), mul(rowSum(mul(savedResult!, savedGrad!)), gg)), mul(savedGrad!, rowSum(mul(savedResult!, gg)))) : null,
      ];
    },
    [grad, result],
  );
  return out;
}

/** softmax(dim, dtype): exp(x - max) / Σ exp(x - max) along `dim`; with a dtype the input is converted first. */
export const softmax = (tensor: Tensor, dim: number, dtype?: DType): Tensor => softmaxWith(tensor, dim, dtype, false);

/** log_softmax(dim, dtype): (x - max) - log Σ exp(x - max) along `dim`. */
export const logSoftmax = (tensor: Tensor, dim: number, dtype?: DType): Tensor => softmaxWith(tensor, dim, dtype, true);

// ---------------------------------------------------------------------------------------------------------
// logsumexp

const SHIFTED_EXP: (math: Arithmetic) => BinaryKernel = (math) => (x, shift, out, n) => {
  for (let i = 0; i < n; i++) out[i] = math.vectorExp(math.round(x[i]! - shift[i]!));
};

const FINITE_OR_ZERO = (data: Storage): void => {
  for (let i = 0; i < data.length; i++) if (Math.abs(data[i]!) === Infinity) data[i] = 0;
};

/**
 * logsumexp(dims, keepdim): log Σ exp(x - m) + m with m the max over `dims` (0 where infinite), the sum
 * being PyTorch's ordinary sum. Integer and bool inputs give the default float dtype.
 */
export function logsumexp(tensor: Tensor, dims: readonly number[], keepdim = false): Tensor {
  const input = isFloating(tensor.dtype) ? tensor : withGradMode(false, () => toDtype(detach(tensor), defaultFloatDtype()));
  const reduced = reducedDims(input, dims);
  const math = arithmeticFor(input.dtype);
  const shape = reducedShape(input.shape, reduced, keepdim);
  const out = withGradMode(false, () => {
    const plain = detach(input);
    if (plain.numel === 0) return newTensor(allocate(input.dtype, numel(shape)).fill(-Infinity), shape, input.dtype);
    const maxes = amax(plain, reduced, true);
    FINITE_OR_ZERO(maxes.storage);
    const totals = sum(binary(plain, maxes, SHIFTED_EXP(math), input.dtype), reduced, keepdim).contiguousData();
    const maxData = maxes.storage;
    const data = allocate(input.dtype, totals.length);
    for (let i = 0; i < totals.length; i++) data[i] = math.round(math.log(totals[i]!) + maxData[i]!);
    return newTensor(data, shape, input.dtype);
  });
  // logsumexp_backward: grad * exp(self - result), with the reduced dims restored.
  record(
    'LogsumexpBackward0',
    [tensor],
    out,
    ([grad], [saved, result]) => [mul(restoreReducedDims(grad!, reduced, keepdim), exp(sub(saved!, restoreReducedDims(result!, reduced, keepdim))))],
    [input, out],
  );
  return out;
}

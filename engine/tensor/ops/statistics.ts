// Statistics over dims: prod, var/std, norm, cumsum, all/any, and sum/mean with a dtype. Each forward adds in
// the order PyTorch's CPU kernel (AVX2 build) does, so float32 results round alike; each backward follows
// PyTorch's derivative formula, written right after its forward.
import { fma, fmaf } from '../../numeric/fma';
import { allocate, checkInt64Exact, isFloating, scalarTypeName, type DType, type Storage } from '../dtype';
import { runtimeError, TorchError } from '../errors';
import { isGradEnabled, withGradMode } from '../autograd/gradMode';
import { contiguousStrides, normalizeDim, numel, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { add, div, divScalar, mul, mulScalar, sub } from './arithmetic';
import { toDtype, detach } from './copy';
import { binary, unary, wrapNumber, type BinaryKernel, type UnaryKernel } from './elementwise';
import { eq, isnan, logicalNot } from './comparison';
import { maskedFill } from './indexing';
import { record, zeroGradient } from './record';
import { iterationBlocks, mean, reducedDims, reducedShape, repeatOverDims, sum, sumBackward } from './reduce';
import { flip } from './reorder';
import { unsqueeze } from './views';

// ---------------------------------------------------------------------------------------------------------
// Shared helpers

/** Offsets in a contiguous tensor of `shape` of every index combination over `dims`, in row-major order. */
function offsetsOver(shape: Shape, dims: readonly number[]): Int32Array {
  const strides = contiguousStrides(shape);
  let offsets = new Int32Array(1);
  for (const d of dims) {
    const size = shape[d]!;
    const stride = strides[d]!;
    const next = new Int32Array(offsets.length * size);
    for (let j = 0; j < offsets.length; j++) {
      for (let i = 0; i < size; i++) next[j * size + i] = offsets[j]! + i * stride;
    }
    offsets = next;
  }
  return offsets;
}

/**
 * Where each output of a reduction over `reduced` starts in the contiguous input, and the offsets of its
 * reduced elements from there, in the order PyTorch's serial reduction visits them (row-major).
 */
export function reductionLayout(shape: Shape, reduced: readonly number[]): { outputs: Int32Array; elements: Int32Array } {
  const kept = shape.map((_, d) => d).filter((d) => !reduced.includes(d));
  return { outputs: offsetsOver(shape, kept), elements: offsetsOver(shape, reduced) };
}

export function newTensor(data: Storage, shape: Shape, dtype: DType): Tensor {
  return new Tensor(data, [...shape], contiguousStrides(shape), 0, dtype);
}

/** The dims a reduction over `dim` covers: none for a 0-d tensor, whose only "dim" is itself. */
export function singleDim(tensor: Tensor, dim: number): number[] {
  const d = normalizeDim(dim, tensor.ndim);
  return tensor.ndim === 0 ? [] : [d];
}

/** A reduction's gradient (or saved result) with the reduced dims put back as size 1, unless already kept. */
export function restoreReducedDims(tensor: Tensor, dims: readonly number[], keepdim: boolean): Tensor {
  let restored = tensor;
  if (!keepdim) for (const dim of dims) restored = unsqueeze(restored, dim);
  return restored;
}

// ---------------------------------------------------------------------------------------------------------
// sum and mean with a dtype: the input is converted first, but the node connects to the input itself.

export function sumAsDtype(tensor: Tensor, dtype: DType, dims?: readonly number[], keepdim = false): Tensor {
  const reduced = reducedDims(tensor, dims);
  // sum() widens int32 to int64; with dtype=int32 the total wraps back, as PyTorch's int32 accumulation does.
  const out = withGradMode(false, () => toDtype(sum(toDtype(detach(tensor), dtype), dims, keepdim), dtype));
  const inputShape = [...tensor.shape];
  record(dims === undefined ? 'SumBackward0' : 'SumBackward1', [tensor], out, ([grad]) => [sumBackward(grad!, inputShape, reduced, keepdim)]);
  return out;
}

export function meanAsDtype(tensor: Tensor, dtype: DType, dims?: readonly number[], keepdim = false): Tensor {
  if (!isFloating(dtype)) {
    throw runtimeError(`mean(): could not infer output dtype. Optional dtype must be either a floating point or complex dtype. Got: ${scalarTypeName(dtype)}`);
  }
  const reduced = reducedDims(tensor, dims);
  const count = reduced.reduce((product, d) => product * tensor.shape[d]!, 1);
  const out = withGradMode(false, () => mean(toDtype(detach(tensor), dtype), dims, keepdim));
  const inputShape = [...tensor.shape];
  record(dims === undefined ? 'MeanBackward0' : 'MeanBackward1', [tensor], out, ([grad]) => [
    divScalar(sumBackward(grad!, inputShape, reduced, keepdim), count),
  ]);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// nansum and nanmean

/** `tensor`'s layout over a copy of its storage with every NaN replaced by +0 (what nansum's kernel loads instead). */
function nanAsZero(tensor: Tensor): Tensor {
  const storage = tensor.storage.slice();
  for (let i = 0; i < storage.length; i++) if (storage[i] !== storage[i]) storage[i] = 0;
  return new Tensor(storage, [...tensor.shape], [...tensor.strides], tensor.offset, tensor.dtype);
}

/**
 * nansum(dims, keepdim, dtype): sum's cascade with NaNs read as zeros, so it adds in sum's order. Ints and bools
 * sum as sum() does. Recorded as NansumBackward0: sum's gradient, zero where the input is NaN.
 */
export function nansum(tensor: Tensor, dims?: readonly number[], keepdim = false, dtype?: DType): Tensor {
  const outDtype = dtype ?? tensor.dtype;
  if (!isFloating(tensor.dtype)) return dtype ? sumAsDtype(tensor, dtype, dims, keepdim) : sum(tensor, dims, keepdim);
  if (!isFloating(outDtype)) throw runtimeError(`"nansum_cpu" not implemented for '${scalarTypeName(outDtype)}'`);
  const reduced = reducedDims(tensor, dims);
  const out = withGradMode(false, () => sum(nanAsZero(outDtype === tensor.dtype ? tensor : toDtype(detach(tensor), outDtype)), dims, keepdim));
  const inputShape = [...tensor.shape];
  const inputDtype = tensor.dtype;
  record(
    'NansumBackward0',
    [tensor],
    out,
    ([grad], [input]) => [mul(sumBackward(grad!.dtype === inputDtype ? grad! : toDtype(grad!, inputDtype), inputShape, reduced, keepdim), logicalNot(isnan(input!)))],
    [tensor],
  );
  return out;
}

/** nanmean: nansum divided by the count of non-NaN elements, as PyTorch composes it (DivBackward0 over NansumBackward0). */
export function nanmean(tensor: Tensor, dims?: readonly number[], keepdim = false, dtype?: DType): Tensor {
  if (!isFloating(tensor.dtype)) throw runtimeError(`nanmean(): expected input to have floating point dtype but got ${scalarTypeName(tensor.dtype)}`);
  const count = sum(logicalNot(isnan(tensor)), dims, keepdim);
  return div(nansum(tensor, dims, keepdim, dtype), count);
}

// ---------------------------------------------------------------------------------------------------------
// prod

/** Elements per AVX2 vector: 8 float32 or 4 float64. PyTorch's vectorised reductions keep 4 vectors in flight. */
const vectorLanes = (dtype: DType): number => (dtype === 'float32' ? 8 : 4);

/**
 * PyTorch's vectorized_inner_reduction for a product of `count` contiguous elements into `total`: whole blocks
 * of 4 vectors are multiplied lane by lane, the 4 vectors combined as (v0*v1)*(v2*v3), their `width` lanes
 * folded in order; the elements after the last whole block are multiplied in one at a time.
 */
function innerProduct(data: Storage, start: number, count: number, total: number, round: (x: number) => number, width: number, lanes: Float64Array): number {
  const block = 4 * width;
  const blocks = Math.floor(count / block);
  if (blocks > 0) {
    for (let k = 0; k < block; k++) lanes[k] = data[start + k]!;
    for (let b = 1; b < blocks; b++) {
      const at = start + b * block;
      for (let k = 0; k < block; k++) lanes[k] = round(lanes[k]! * data[at + k]!);
    }
    let folded = 0;
    for (let k = 0; k < width; k++) {
      const pair01 = round(lanes[k]! * lanes[width + k]!);
      const pair23 = round(lanes[2 * width + k]! * lanes[3 * width + k]!);
      const lane = round(pair01 * pair23);
      folded = k === 0 ? lane : round(folded * lane);
    }
    total = round(total * folded);
  }
  for (let i = start + blocks * block; i < start + count; i++) total = round(total * data[i]!);
  return total;
}

/**
 * Products over `dims` in PyTorch's order (binary_kernel_reduce_vec): a contiguous reduced run uses
 * innerProduct; a reduced dim over contiguous kept columns multiplies down each column (blocks of 4 vectors of
 * columns are multiplied into the output at the end, the other columns element by element); otherwise
 * elementwise.
 */
function productKernel(tensor: Tensor, dims: readonly number[], outDtype: DType): Storage {
  const data = tensor.contiguousData();
  const round = outDtype === 'float32' ? Math.fround : (x: number) => x;
  const totals = new Float64Array(numel(reducedShape(tensor.shape, dims, false))).fill(1);
  const [inner, next, ...outer] = iterationBlocks(tensor.shape, new Set(dims));
  const width = vectorLanes(outDtype);
  const lanes = new Float64Array(4 * width);

  const step = (base: number, outBase: number): void => {
    if (!inner) {
      totals[outBase] = round(totals[outBase]! * (data[base] ?? 1));
      return;
    }
    const rows = next?.size ?? 1;
    const rowStride = next?.stride ?? 0;
    const rowOutStride = next?.outStride ?? 0;
    if (inner.reduced) {
      for (let j = 0; j < rows; j++) {
        const at = outBase + j * rowOutStride;
        totals[at] = innerProduct(data, base + j * rowStride, inner.size, totals[at]!, round, width, lanes);
      }
      return;
    }
    const columns = inner.size;
    const blocked = next?.reduced ? columns - (columns % lanes.length) : 0;
    for (let c = 0; c < blocked; c++) {
      let column = data[base + c]!;
      for (let j = 1; j < rows; j++) column = round(column * data[base + j * rowStride + c]!);
      totals[outBase + c] = round(column * totals[outBase + c]!);
    }
    for (let j = 0; j < rows; j++) {
      for (let c = blocked; c < columns; c++) {
        const at = outBase + j * rowOutStride + c;
        totals[at] = round(totals[at]! * data[base + j * rowStride + c]!);
      }
    }
  };
  if (data.length > 0) repeatOverDims(outer, step);
  const out = allocate(outDtype, totals.length);
  out.set(totals);
  return out;
}

/**
 * PyTorch's gradient of a product that has zeros along `dim` (prod_safe_zeros_backward): for each element,
 * the product of the elements before it times the product of those after it, each an exclusive running
 * product accumulated in double and stored in the input's dtype.
 */
function productOfOthers(input: Tensor, dim: number): Tensor {
  const data = input.contiguousData();
  const size = input.shape[dim] ?? 1;
  const inner = numel(input.shape.slice(dim + 1));
  const outer = numel(input.shape.slice(0, dim));
  const before = allocate(input.dtype, data.length);
  const after = allocate(input.dtype, data.length);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * size * inner + i;
      let running = 1;
      for (let k = 0; k < size; k++) {
        before[base + k * inner] = running;
        running *= data[base + k * inner]!;
      }
      running = 1;
      for (let k = size - 1; k >= 0; k--) {
        after[base + k * inner] = running;
        running *= data[base + k * inner]!;
      }
    }
  }
  return mul(newTensor(before, input.shape, input.dtype), newTensor(after, input.shape, input.dtype));
}

/** productOfOthers is computed by raw loops: under create_graph its dependence on the input would be lost. */
function checkProductOfOthersUntracked(input: Tensor): void {
  if (input.requiresGrad && isGradEnabled()) {
    throw new TorchError('NotImplementedError', 'agnb: create_graph=True through prod() of a tensor that contains a zero is not supported yet');
  }
}

function countZeros(tensor: Tensor): number {
  const data = tensor.contiguousData();
  let zeros = 0;
  for (let i = 0; i < data.length; i++) if (data[i] === 0) zeros++;
  return zeros;
}

/** prod(): over all elements (ProdBackward0), or over one dim (ProdBackward1). Ints and bools give int64. */
export function prod(tensor: Tensor, dim?: number, keepdim = false): Tensor {
  const outDtype: DType = isFloating(tensor.dtype) ? tensor.dtype : 'int64';
  const reduced = dim === undefined ? reducedDims(tensor, undefined) : singleDim(tensor, dim);
  const shape = reducedShape(tensor.shape, reduced, dim !== undefined && keepdim);
  const values = productKernel(tensor, reduced, outDtype);
  if (outDtype === 'int64') checkInt64Exact(values);
  const out = newTensor(values, shape, outDtype);
  if (dim === undefined) {
    record('ProdBackward0', [tensor], out, ([grad], [input, result]) => [prodBackwardAll(grad!, input!, result!)], [tensor, out]);
  } else {
    const d = reduced[0] ?? 0;
    record('ProdBackward1', [tensor], out, ([grad], [input, result]) => [prodBackwardDim(grad!, input!, result!, d, keepdim)], [tensor, out]);
  }
  return out;
}

function prodBackwardAll(grad: Tensor, input: Tensor, result: Tensor): Tensor {
  if (input.ndim === 0) return grad;
  const zeros = countZeros(input);
  if (zeros === 0) return mul(grad, div(result, input));
  if (zeros > 1) return zeroGradient(input.shape, input.dtype);
  checkProductOfOthersUntracked(input);
  const flat = newTensor(input.contiguousData(), [input.numel], input.dtype);
  return newTensor(mul(grad, productOfOthers(flat, 0)).contiguousData(), input.shape, grad.dtype);
}

function prodBackwardDim(grad: Tensor, input: Tensor, result: Tensor, dim: number, keepdim: boolean): Tensor {
  if (input.ndim === 0) return grad;
  const spreadGrad = restoreReducedDims(grad, [dim], keepdim);
  if (countZeros(input) === 0) return mul(spreadGrad, div(restoreReducedDims(result, [dim], keepdim), input));
  checkProductOfOthersUntracked(input);
  return mul(spreadGrad, productOfOthers(input, dim));
}

// ---------------------------------------------------------------------------------------------------------
// var and std

function checkVarianceDtype(tensor: Tensor, name = 'std and var'): void {
  if (!isFloating(tensor.dtype)) throw runtimeError(`${name} only support floating point and complex dtypes`);
}

/**
 * A full reduction (at most one output) takes PyTorch's two-pass path: the mean in the input dtype (a sum
 * divided by the count), then the squared deviations summed in double, in order.
 */
function twoPassVariance(tensor: Tensor, correction: number, takeSqrt: boolean): number {
  const data = tensor.contiguousData();
  const average = withGradMode(false, () => mean(detach(tensor))).storage[0]!;
  let squares = 0;
  for (let i = 0; i < data.length; i++) {
    const deviation = data[i]! - average;
    squares += deviation * deviation;
  }
  const variance = squares / Math.max(0, data.length - correction);
  return takeSqrt ? Math.sqrt(variance) : variance;
}

/**
 * Otherwise each output runs Welford's update over its elements, in double (PyTorch's WelfordOps, whose
 * m2 + delta * delta' the compiler fuses); `means` receives each output's running mean.
 */
function welfordVariances(tensor: Tensor, dims: readonly number[], correction: number, takeSqrt: boolean, out: Storage, means?: Storage): void {
  const data = tensor.contiguousData();
  const { outputs, elements } = reductionLayout(tensor.shape, dims);
  for (let o = 0; o < outputs.length; o++) {
    const base = outputs[o]!;
    let average = 0;
    let squares = 0;
    for (let k = 0; k < elements.length; k++) {
      const value = data[base + elements[k]!]!;
      const delta = value - average;
      average += delta / (k + 1);
      squares = fma(delta, value - average, squares);
    }
    const divisor = elements.length > correction ? elements.length - correction : 0;
    const variance = squares / divisor;
    out[o] = takeSqrt ? Math.sqrt(variance) : variance;
    if (means) means[o] = average;
  }
}

function varianceForward(tensor: Tensor, dims: readonly number[] | undefined, correction: number, keepdim: boolean, takeSqrt: boolean): Tensor {
  checkVarianceDtype(tensor);
  const reduced = reducedDims(tensor, dims);
  const shape = reducedShape(tensor.shape, reduced, keepdim);
  const out = allocate(tensor.dtype, numel(shape));
  if (tensor.numel === 0) out.fill(NaN);
  else if (out.length <= 1) out.fill(twoPassVariance(tensor, correction, takeSqrt));
  else welfordVariances(tensor, reduced, correction, takeSqrt, out);
  return newTensor(out, shape, tensor.dtype);
}

/** var_backward: (2 / (n - correction)) * grad * (self - self.mean(dims, keepdim=True)). */
function varianceBackward(grad: Tensor, input: Tensor, reduced: readonly number[], correction: number, keepdim: boolean, allDims: boolean): Tensor {
  const count = reduced.reduce((product, d) => product * input.shape[d]!, 1);
  // Over all dims (no dim given), the gradient is a 0-d tensor that broadcasts, and the mean is mean().
  const spread = allDims ? grad : restoreReducedDims(grad, reduced, keepdim);
  const deviation = sub(input, allDims ? mean(input) : mean(input, reduced, true));
  return mul(mulScalar(spread, 2 / (count - correction)), deviation);
}

/** var(dims, correction, keepdim); `unbiased` is correction 1 (the default) or 0. Recorded as VarBackward0. */
export function variance(tensor: Tensor, dims?: readonly number[], correction = 1, keepdim = false): Tensor {
  const out = varianceForward(tensor, dims, correction, keepdim, false);
  const reduced = reducedDims(tensor, dims);
  record('VarBackward0', [tensor], out, ([grad], [input]) => [varianceBackward(grad!, input!, reduced, correction, keepdim, dims === undefined)], [tensor]);
  return out;
}

/** `value` where `reference` is nonzero, else 0 (recorded, so differentiable again). */
function zeroWhereZero(value: Tensor, reference: Tensor): Tensor {
  return maskedFill(value, eq(reference, wrapNumber(0, 'int64')), 0);
}

/** std_backward: var's backward fed grad / (2 * std), zero where std is zero. */
function stdBackward(grad: Tensor, input: Tensor, result: Tensor, reduced: readonly number[], correction: number, keepdim: boolean, allDims: boolean): Tensor {
  return varianceBackward(zeroWhereZero(div(grad, mulScalar(result, 2)), result), input, reduced, correction, keepdim, allDims);
}

/** std: the square root of var, recorded as StdBackward0. */
export function std(tensor: Tensor, dims?: readonly number[], correction = 1, keepdim = false): Tensor {
  const out = varianceForward(tensor, dims, correction, keepdim, true);
  const reduced = reducedDims(tensor, dims);
  record(
    'StdBackward0',
    [tensor],
    out,
    ([grad], [input, result]) => [stdBackward(grad!, input!, result!, reduced, correction, keepdim, dims === undefined)],
    [tensor, out],
  );
  return out;
}

/**
 * var_mean/std_mean(dims, correction, keepdim): the spread and the mean from one Welford pass (PyTorch takes no
 * two-pass path for them, even over all elements). Both outputs share a VarMeanBackward0/StdMeanBackward0
 * node: the spread's gradient (as var's or std's) plus the mean's.
 */
export function varianceMean(tensor: Tensor, dims: readonly number[] | undefined, correction: number, keepdim: boolean, takeSqrt: boolean): [Tensor, Tensor] {
  checkVarianceDtype(tensor, takeSqrt ? 'std_mean' : 'var_mean');
  const reduced = reducedDims(tensor, dims);
  const shape = reducedShape(tensor.shape, reduced, keepdim);
  const spreads = allocate(tensor.dtype, numel(shape));
  const means = allocate(tensor.dtype, spreads.length);
  if (tensor.numel === 0) {
    spreads.fill(NaN);
    means.fill(NaN);
  } else welfordVariances(tensor, reduced, correction, takeSqrt, spreads, means);
  const out: [Tensor, Tensor] = [newTensor(spreads, shape, tensor.dtype), newTensor(means, shape, tensor.dtype)];
  const count = reduced.reduce((product, d) => product * tensor.shape[d]!, 1);
  const inputShape = [...tensor.shape];
  record(
    takeSqrt ? 'StdMeanBackward0' : 'VarMeanBackward0',
    [tensor],
    out,
    ([gradSpread, gradMean], [input, spread]) => {
      const allDims = dims === undefined;
      const spreadBackward = takeSqrt ? (grad: Tensor) => stdBackward(grad, input!, spread!, reduced, correction, keepdim, allDims) : (grad: Tensor) => varianceBackward(grad, input!, reduced, correction, keepdim, allDims);
      const fromSpread = gradSpread ? spreadBackward(gradSpread) : null;
      const fromMean = gradMean ? divScalar(sumBackward(gradMean, inputShape, reduced, keepdim), count) : null;
      return [fromSpread && fromMean ? add(fromSpread, fromMean) : fromSpread ?? fromMean];
    },
    [tensor, out[0]],
  );
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// norm

function checkNormDtype(tensor: Tensor): void {
  if (!isFloating(tensor.dtype)) {
    throw runtimeError(`norm(): input dtype should be either floating point or complex. Got ${scalarTypeName(tensor.dtype)} instead.`);
  }
}

/**
 * The 2-norm of contiguous float32 rows (PyTorch's vectorised last-dim path, which 1.13 takes for float32
 * only): squares accumulated with fused multiply-adds in 8 lanes, the lanes added in order, the remaining
 * elements fused into the total.
 */
function rowTwoNorms(data: Storage, rows: number, length: number, out: Storage): void {
  const width = vectorLanes('float32');
  const lanes = new Float64Array(width);
  const vectorEnd = length - (length % width);
  for (let r = 0; r < rows; r++) {
    const start = r * length;
    lanes.fill(0);
    for (let d = 0; d < vectorEnd; d += width) {
      for (let k = 0; k < width; k++) lanes[k] = fmaf(data[start + d + k]!, data[start + d + k]!, lanes[k]!);
    }
    let total = lanes[0]!;
    for (let k = 1; k < width; k++) total = Math.fround(total + lanes[k]!);
    for (let d = vectorEnd; d < length; d++) total = fmaf(data[start + d]!, data[start + d]!, total);
    out[r] = Math.sqrt(total);
  }
}

/** Other norms, float64 2-norms, and the 2-norm over other layouts, accumulate each output's elements one at a time. */
function sequentialNorms(tensor: Tensor, dims: readonly number[], p: number, out: Storage): void {
  const data = tensor.contiguousData();
  const float32 = tensor.dtype === 'float32';
  const round = float32 ? Math.fround : (x: number) => x;
  const { outputs, elements } = reductionLayout(tensor.shape, dims);
  for (let o = 0; o < outputs.length; o++) {
    const base = outputs[o]!;
    let total = p === -Infinity ? Infinity : 0;
    for (let k = 0; k < elements.length; k++) {
      const value = data[base + elements[k]!]!;
      const magnitude = Math.abs(value);
      if (p === 2) total = float32 ? fmaf(value, value, total) : fma(value, value, total);
      else if (p === 1) total = round(total + magnitude);
      else if (p === Infinity) total = magnitude > total || magnitude !== magnitude ? magnitude : total;
      else total = magnitude < total || magnitude !== magnitude ? magnitude : total;
      if (total !== total) break;
    }
    out[o] = p === 2 ? Math.sqrt(total) : total;
  }
}

const SUPPORTED_NORMS = new Set([1, 2, Infinity, -Infinity]);

/**
 * torch.norm(input, p, dim, keepdim) for p in {1, 2, inf, -inf}: recorded as NormBackward1, or as `nodeName`
 * (torch.linalg.vector_norm computes the same values as LinalgVectorNormBackward0).
 */
export function norm(tensor: Tensor, p = 2, dims?: readonly number[], keepdim = false, nodeName = 'NormBackward1'): Tensor {
  checkNormDtype(tensor);
  if (!SUPPORTED_NORMS.has(p)) throw new TorchError('NotImplementedError', `norm with p=${p} is not supported yet (p must be 1, 2, inf or -inf)`);
  const reduced = reducedDims(tensor, dims);
  const shape = reducedShape(tensor.shape, reduced, keepdim);
  const out = allocate(tensor.dtype, numel(shape));
  const blocks = iterationBlocks(tensor.shape, new Set(reduced));
  const lastDimOnly = blocks[0]?.reduced === true && blocks.every((block, i) => i === 0 || !block.reduced);
  if (tensor.numel === 0) out.fill(p < 0 ? Infinity : 0);
  else if (p === 2 && lastDimOnly && tensor.dtype === 'float32') rowTwoNorms(tensor.contiguousData(), out.length, blocks[0]!.size, out);
  else sequentialNorms(tensor, reduced, p, out);
  const result = newTensor(out, shape, tensor.dtype);
  record(nodeName, [tensor], result, ([grad], [input, saved]) => [normBackward(grad!, input!, saved!, p, reduced, keepdim, dims === undefined)], [tensor, result]);
  return result;
}

const SIGN: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! > 0 ? 1 : a[i]! < 0 ? -1 : a[i]! === 0 ? 0 : a[i]!;
};
const SELECTED_BY_NORM: BinaryKernel = (input, normValue, out, n) => {
  for (let i = 0; i < n; i++) {
    const magnitude = Math.abs(input[i]!);
    out[i] = magnitude === normValue[i] || magnitude !== magnitude ? 1 : 0;
  }
};

/**
 * norm_backward: p=1: sgn(self) * grad; p=2: grad * (self / norm), zero where the norm is zero; p=±inf: the
 * gradient shared among the elements whose magnitude is the norm (or NaN): sgn(self) * (grad / count * mask).
 */
export function normBackward(grad: Tensor, input: Tensor, result: Tensor, p: number, reduced: readonly number[], keepdim: boolean, allDims: boolean): Tensor {
  // Over all dims (no dim given) the 0-d gradient and norm broadcast as they are.
  const spread = allDims ? grad : restoreReducedDims(grad, reduced, keepdim);
  const normValue = allDims ? result : restoreReducedDims(result, reduced, keepdim);
  const sign = unary(input, SIGN, input.dtype);
  if (p === 1) return mul(sign, spread);
  if (p === 2) return mul(spread, zeroWhereZero(div(input, normValue), normValue));
  const mask = binary(input, normValue, SELECTED_BY_NORM, input.dtype, 'bool');
  return mul(sign, mul(div(spread, sum(mask, reduced, true)), mask));
}

// ---------------------------------------------------------------------------------------------------------
// cumsum

/** Running sums along the middle axis of an (outer, size, inner) layout, accumulated in double (PyTorch's acc type on CPU). */
function runningSums(data: Storage, outer: number, size: number, inner: number, out: Storage): void {
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * size * inner + i;
      let running = 0;
      for (let step = 0; step < size; step++) {
        const at = base + step * inner;
        running += data[at]!;
        out[at] = running;
      }
    }
  }
}

function cumulative(tensor: Tensor, dim: number, outDtype: DType): Tensor {
  const d = normalizeDim(dim, tensor.ndim);
  const source = tensor.dtype === outDtype ? tensor : withGradMode(false, () => toDtype(detach(tensor), outDtype));
  const out = allocate(outDtype, tensor.numel);
  runningSums(source.contiguousData(), numel(tensor.shape.slice(0, d)), tensor.shape[d] ?? 1, numel(tensor.shape.slice(d + 1)), out);
  if (outDtype === 'int64') checkInt64Exact(out);
  return newTensor(out, tensor.shape, outDtype);
}

/** cumsum(dim, dtype): ints and bools give int64 unless a dtype is given. Recorded as CumsumBackward0. */
export function cumsum(tensor: Tensor, dim: number, dtype?: DType): Tensor {
  const outDtype = dtype ?? (isFloating(tensor.dtype) ? tensor.dtype : 'int64');
  const out = cumulative(tensor, dim, outDtype);
  const d = normalizeDim(dim, tensor.ndim);
  const inputDtype = tensor.dtype;
  record('CumsumBackward0', [tensor], out, ([grad]) => {
    const asInput = grad!.dtype === inputDtype ? grad! : toDtype(grad!, inputDtype);
    if (asInput.numel <= 1 || (asInput.shape[d] ?? 1) === 1) return [asInput];
    // Reversed running sums, as PyTorch writes them: flip, cumsum, flip (recorded, so differentiable again).
    return [flip(cumsum(flip(asInput, [d]), d), [d])];
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// all and any

function truthReduction(tensor: Tensor, dim: number | undefined, keepdim: boolean, wantAll: boolean): Tensor {
  const reduced = dim === undefined ? reducedDims(tensor, undefined) : singleDim(tensor, dim);
  const shape = reducedShape(tensor.shape, reduced, dim !== undefined && keepdim);
  const data = tensor.contiguousData();
  const { outputs, elements } = reductionLayout(tensor.shape, reduced);
  const out = new Uint8Array(outputs.length);
  for (let o = 0; o < outputs.length; o++) {
    let answer = wantAll;
    for (let k = 0; k < elements.length && answer === wantAll; k++) answer = data[outputs[o]! + elements[k]!] !== 0;
    out[o] = answer ? 1 : 0;
  }
  return newTensor(out, shape, 'bool');
}

/** all(): whether every element (along `dim`) is nonzero; the result is bool. */
export const all = (tensor: Tensor, dim?: number, keepdim = false): Tensor => truthReduction(tensor, dim, keepdim, true);

/** any(): whether some element (along `dim`) is nonzero; the result is bool. */
export const any = (tensor: Tensor, dim?: number, keepdim = false): Tensor => truthReduction(tensor, dim, keepdim, false);

// Reductions: sum and mean over all elements or over dims, each with its backward beside it.
import { allocate, checkInt64Exact, isFloating, scalarTypeName, type DType, type Storage } from '../dtype';
import { runtimeError } from '../errors';
import { sumStep } from '../kernels/cascadeSum';
import { contiguousStrides, normalizeDim, numel, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { divScalar } from './arithmetic';
import { record } from './record';
import { expand, unsqueeze, view } from './views';

/** Sums keep floats; bools and ints sum to int64, as in PyTorch. */
function sumDtype(dtype: DType): DType {
  return isFloating(dtype) ? dtype : 'int64';
}

/** The dims to reduce, normalised and sorted; all dims when none are given. */
export function reducedDims(tensor: Tensor, dims: readonly number[] | undefined): number[] {
  if (dims === undefined || dims.length === 0) return tensor.shape.map((_, d) => d);
  const normalized = dims.map((dim) => normalizeDim(dim, tensor.ndim));
  if (new Set(normalized).size !== normalized.length) {
    throw runtimeError(`dim ${normalized.find((dim, i) => normalized.indexOf(dim) !== i)} appears multiple times in the list of dims`);
  }
  return normalized.sort((a, b) => a - b);
}

export function reducedShape(shape: Shape, dims: readonly number[], keepdim: boolean): number[] {
  return shape.flatMap((size, d) => (dims.includes(d) ? (keepdim ? [1] : []) : [size]));
}

/** A run of adjacent dims that are all reduced or all kept, as PyTorch's TensorIterator coalesces them. */
interface Block {
  reduced: boolean;
  size: number;
  /** Element stride in the contiguous input. */
  stride: number;
  /** Stride in the output (kept blocks only). */
  outStride: number;
}

/** The input's dims from the innermost out, size-1 dims dropped, neighbours of the same kind merged. */
export function iterationBlocks(shape: Shape, reduced: ReadonlySet<number>): Block[] {
  const blocks: Block[] = [];
  let stride = 1;
  let outStride = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    const size = shape[d]!;
    if (size === 1) continue;
    const isReduced = reduced.has(d);
    const last = blocks[blocks.length - 1];
    if (last && last.reduced === isReduced) last.size *= size;
    else blocks.push({ reduced: isReduced, size, stride, outStride: isReduced ? 0 : outStride });
    stride *= size;
    if (!isReduced) outStride *= size;
  }
  return blocks;
}

/** One dim of the reduction's iteration: its size, its stride in the (contiguous) input and in the output. */
export interface LoopDim {
  size: number;
  stride: number;
  outStride: number;
}

/**
 * The dims of a reduction over `tensor` (its own strides, output contiguous) in the order PyTorch's
 * TensorIterator walks them: reorder_dimensions sorts reduced dims first, kept dims by output stride and
 * reduced dims by input stride (ties: the smaller dim first); coalesce_dimensions then merges neighbours whose
 * strides continue each other in both input and output, and size-1 dims.
 */
function reductionLoops(tensor: Tensor, reduced: ReadonlySet<number>): LoopDim[] {
  const { shape, strides } = tensor;
  const outStrides = contiguousStrides(shape.map((size, d) => (reduced.has(d) ? 1 : size))).map((stride, d) => (reduced.has(d) ? 0 : stride));
  // 1 when dim a must come after dim b, -1 when before, 0 when the strides cannot tell.
  const order = (a: number, b: number): number => {
    const [outA, outB] = [outStrides[a]!, outStrides[b]!];
    if ((outA === 0) !== (outB === 0)) return outB === 0 ? 1 : -1;
    for (const [strideA, strideB] of [[outA, outB], [strides[a]!, strides[b]!]] as const) {
      if (strideA === 0 || strideB === 0) continue;
      if (strideA !== strideB) return strideA < strideB ? -1 : 1;
      if (shape[a]! > shape[b]!) return 1;
    }
    return 0;
  };
  // Insertion sort from the innermost dim out, stopping at the first dim known to come first.
  const perm = shape.map((_, d) => shape.length - 1 - d);
  for (let i = 1; i < perm.length; i++) {
    let moving = i;
    for (let before = i - 1; before >= 0; before--) {
      const comparison = order(perm[before]!, perm[moving]!);
      if (comparison > 0) {
        [perm[before], perm[moving]] = [perm[moving]!, perm[before]!];
        moving = before;
      } else if (comparison < 0) break;
    }
  }
  const loops: LoopDim[] = [];
  for (const d of perm) {
    const dim = { size: shape[d]!, stride: strides[d]!, outStride: outStrides[d]! };
    const last = loops[loops.length - 1];
    if (!last) loops.push(dim);
    else if (last.size === 1) Object.assign(last, { size: dim.size, stride: dim.stride, outStride: dim.outStride });
    else if (dim.size === 1 || (last.size * last.stride === dim.stride && last.size * last.outStride === dim.outStride)) last.size *= dim.size;
    else loops.push(dim);
  }
  return loops;
}

/**
 * Calls `step` with the input and output offsets of every index of `dims` (outer loop dims of a reduction),
 * the last dim slowest.
 */
export function repeatOverDims(dims: ReadonlyArray<LoopDim>, step: (base: number, outBase: number) => void): void {
  const repeat = (level: number, base: number, outBase: number): void => {
    if (level < 0) {
      step(base, outBase);
      return;
    }
    const dim = dims[level]!;
    for (let i = 0; i < dim.size; i++) repeat(level - 1, base + i * dim.stride, outBase + i * dim.outStride);
  };
  repeat(dims.length - 1, 0, 0);
}

/**
 * Sums over `dims` into a new array of `outDtype`, adding in the order PyTorch's CPU sum kernel does: the two
 * innermost loop dims form one 2-D step (cascadeSum's sumStep, reduced dim first), the other loop dims repeat
 * it, and every step's results are added into the outputs they reach.
 */
function sumKernel(tensor: Tensor, dims: number[], outDtype: DType): Storage {
  const data = tensor.storage;
  const float32 = outDtype === 'float32';
  const round = float32 ? Math.fround : (x: number) => x;
  const totals = new Float64Array(numel(reducedShape(tensor.shape, dims, false)));
  const none: LoopDim = { size: 1, stride: 0, outStride: 0 };
  const loops = reductionLoops(tensor, new Set(dims));
  let [first = none, second = none] = loops;
  // The kernel wants its reduced dim first; a kept first dim means the reduction runs down columns.
  if (first.outStride !== 0 && second.outStride === 0) [first, second] = [second, first];
  const columns = new Float64Array(second.size);

  const step = (base: number, outBase: number): void => {
    if (first.outStride !== 0) {
      // Nothing is reduced (only size-1 dims were): each element is its own sum.
      for (let i = 0; i < first.size; i++) {
        for (let j = 0; j < second.size; j++) {
          const at = outBase + i * first.outStride + j * second.outStride;
          totals[at] = round(totals[at]! + data[base + i * first.stride + j * second.stride]!);
        }
      }
      return;
    }
    sumStep(data, base, first.size, first.stride, second.size, second.stride, float32, columns);
    for (let j = 0; j < second.size; j++) {
      const at = outBase + j * second.outStride;
      totals[at] = round(totals[at]! + columns[j]!);
    }
  };

  if (tensor.numel > 0) repeatOverDims(loops.slice(2), (base, outBase) => step(tensor.offset + base, outBase));
  if (outDtype === 'int64') checkInt64Exact(totals);
  const out = allocate(outDtype, totals.length);
  out.set(totals);
  return out;
}

export function sum(tensor: Tensor, dims?: readonly number[], keepdim = false): Tensor {
  const reduced = reducedDims(tensor, dims);
  const shape = reducedShape(tensor.shape, reduced, keepdim);
  const outDtype = sumDtype(tensor.dtype);
  const out = new Tensor(sumKernel(tensor, reduced, outDtype), shape, contiguousStrides(shape), 0, outDtype);
  const inputShape = [...tensor.shape];
  const allDims = dims === undefined;
  record(allDims ? 'SumBackward0' : 'SumBackward1', [tensor], out, ([grad]) => [sumBackward(grad!, inputShape, reduced, keepdim)]);
  return out;
}

export function mean(tensor: Tensor, dims?: readonly number[], keepdim = false): Tensor {
  if (!isFloating(tensor.dtype)) {
    throw runtimeError(`mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${scalarTypeName(tensor.dtype)}`);
  }
  const reduced = reducedDims(tensor, dims);
  const count = reduced.reduce((product, d) => product * tensor.shape[d]!, 1);
  const shape = reducedShape(tensor.shape, reduced, keepdim);
  const totals = sumKernel(tensor, reduced, tensor.dtype);
  for (let i = 0; i < totals.length; i++) totals[i] = totals[i]! / count;
  const out = new Tensor(totals, shape, contiguousStrides(shape), 0, tensor.dtype);
  const inputShape = [...tensor.shape];
  record(dims === undefined ? 'MeanBackward0' : 'MeanBackward1', [tensor], out, ([grad]) => [
    divScalar(sumBackward(grad!, inputShape, reduced, keepdim), count),
  ]);
  return out;
}

/** The gradient of a sum: the output's gradient spread back over the summed dims. */
export function sumBackward(grad: Tensor, inputShape: Shape, dims: readonly number[], keepdim: boolean): Tensor {
  let spread = grad;
  if (!keepdim) for (const dim of dims) spread = unsqueeze(spread, dim);
  return expand(spread, inputShape);
}

/** Sums a broadcast result's gradient back down to an input's shape (the backward of broadcasting). */
export function sumToShape(grad: Tensor, shape: Shape): Tensor {
  if (grad.shape.length === shape.length && grad.shape.every((size, d) => size === shape[d])) return grad;
  const lead = grad.ndim - shape.length;
  const dims: number[] = [];
  grad.shape.forEach((size, d) => {
    if (d < lead || (shape[d - lead] === 1 && size !== 1)) dims.push(d);
  });
  const summed = dims.length > 0 ? sum(grad, dims, true) : grad;
  return lead > 0 || !summed.shape.every((size, d) => size === shape[d]) ? view(summed, shape) : summed;
}

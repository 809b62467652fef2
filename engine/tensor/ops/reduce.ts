// Reductions: sum and mean over all elements or over dims, each with its backward beside it.
import { allocate, isFloating, type DType, type Storage } from '../dtype';
import { innerSum, outerSums } from '../kernels/cascadeSum';
import { contiguousStrides, normalizeDim, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { div } from './arithmetic';
import { wrapNumber } from './elementwise';
import { record } from './record';
import { expand, permute, reshape, unsqueeze } from './views';

/** Sums keep floats; bools and ints sum to int64, as in PyTorch. */
function sumDtype(dtype: DType): DType {
  return isFloating(dtype) ? dtype : 'int64';
}

/** The dims to reduce, normalised and sorted; all dims when none are given. */
function reducedDims(tensor: Tensor, dims: readonly number[] | undefined): number[] {
  if (dims === undefined || dims.length === 0) return tensor.shape.map((_, d) => d);
  const normalized = dims.map((dim) => normalizeDim(dim, tensor.ndim));
  if (new Set(normalized).size !== normalized.length) {
    throw new Error(`dim ${normalized.find((dim, i) => normalized.indexOf(dim) !== i)} appears multiple times in the list of dims`);
  }
  return normalized.sort((a, b) => a - b);
}

function reducedShape(shape: Shape, dims: readonly number[], keepdim: boolean): number[] {
  return shape.flatMap((size, d) => (dims.includes(d) ? (keepdim ? [1] : []) : [size]));
}

/**
 * Sums over `dims` into a new array of `outDtype`, adding in PyTorch's order: a reduction over the innermost
 * dims sums each output's contiguous run; one over the outermost dims cascades down the columns.
 */
function sumKernel(tensor: Tensor, dims: number[], outDtype: DType): Storage {
  const kept = tensor.shape.map((_, d) => d).filter((d) => !dims.includes(d));
  const group = dims.reduce((product, d) => product * tensor.shape[d]!, 1);
  const outputs = kept.reduce((product, d) => product * tensor.shape[d]!, 1);
  const out = allocate(outDtype, outputs);
  const float32 = outDtype === 'float32';
  const reducesLeading = dims.every((d, i) => d === i) && kept.length > 0;
  if (reducesLeading && group > 0) {
    const totals = new Float64Array(outputs);
    outerSums(tensor.contiguousData(), 0, outputs, outputs, group, float32, totals);
    out.set(totals);
    return out;
  }
  const ordered = permute(tensor, [...kept, ...dims]).contiguousData();
  for (let o = 0; o < outputs; o++) out[o] = innerSum(ordered, o * group, group, float32);
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
    throw new Error(`mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${tensor.dtype === 'int64' ? 'Long' : 'Bool'}`);
  }
  const reduced = reducedDims(tensor, dims);
  const count = reduced.reduce((product, d) => product * tensor.shape[d]!, 1);
  const shape = reducedShape(tensor.shape, reduced, keepdim);
  const totals = sumKernel(tensor, reduced, tensor.dtype);
  for (let i = 0; i < totals.length; i++) totals[i] = totals[i]! / count;
  const out = new Tensor(totals, shape, contiguousStrides(shape), 0, tensor.dtype);
  const inputShape = [...tensor.shape];
  record(dims === undefined ? 'MeanBackward0' : 'MeanBackward1', [tensor], out, ([grad]) => [
    div(sumBackward(grad!, inputShape, reduced, keepdim), wrapNumber(count, 'int64')),
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
  return lead > 0 || !summed.shape.every((size, d) => size === shape[d]) ? reshape(summed, shape) : summed;
}

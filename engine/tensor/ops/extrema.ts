// max/min (over everything, or along a dim with the index of the winner), amax/amin over dims, and
// argmax/argmin. Ties go to the first occurrence and a NaN beats every number, as in PyTorch's CPU kernels.
import { allocate, type Storage } from '../dtype';
import { indexError, runtimeError } from '../errors';
import { numel } from '../shape';
import { Tensor } from '../tensor';
import { div, mul } from './arithmetic';
import { binary, type BinaryKernel } from './elementwise';
import { zeros } from './creation';
import { scatter } from './gather';
import { maskedFill } from './indexing';
import { reshape, unsqueeze } from './views';
import { record, recordNotDifferentiable } from './record';
import { reducedDims, reducedShape, sum } from './reduce';
import { newTensor, reductionLayout, singleDim } from './statistics';

/** What max(dim)/min(dim) return; the language layer prints it as torch.return_types.max(values=..., indices=...). */
export interface ValuesAndIndices {
  values: Tensor;
  indices: Tensor;
}

type Extreme = 'max' | 'min';

/**
 * For each output of a reduction over `dims`, the extreme element and its position among the reduced
 * elements (row-major): the first of equal values; the first NaN as soon as one appears.
 */
function scanExtremes(tensor: Tensor, dims: readonly number[], extreme: Extreme, values: Storage | null, positions: Float64Array | null): void {
  const data = tensor.contiguousData();
  const { outputs, elements } = reductionLayout(tensor.shape, dims);
  const wantMax = extreme === 'max';
  for (let o = 0; o < outputs.length; o++) {
    const base = outputs[o]!;
    let best = data[base]!;
    let at = 0;
    for (let k = 1; k < elements.length && best === best; k++) {
      const value = data[base + elements[k]!]!;
      if (value !== value || (wantMax ? value > best : value < best)) {
        best = value;
        at = k;
      }
    }
    if (values) values[o] = best;
    if (positions) positions[o] = at;
  }
}

/** PyTorch refuses an extreme over everything of an empty tensor, and over a dim of size 0. */
function checkNonEmpty(name: string, tensor: Tensor, dims: readonly number[] | undefined): void {
  if (dims === undefined) {
    if (tensor.numel > 0) return;
    if (name.startsWith('arg')) throw indexError(`${name}(): Expected reduction dim to be specified for input.numel() == 0.`);
    throw runtimeError(`${name}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`);
  }
  const empty = dims.find((d) => tensor.shape[d] === 0);
  if (empty !== undefined) throw indexError(`${name}(): Expected reduction dim ${empty} to have non-zero size.`);
}

const EQUAL_OR_BOTH_NAN: BinaryKernel = (input, value, out, n) => {
  for (let i = 0; i < n; i++) out[i] = input[i] === value[i] || (input[i] !== input[i] && value[i] !== value[i]) ? 1 : 0;
};

/** evenly_distribute_backward: the gradient of a 0-d `result` shared equally by every element of `input` equal to it. */
export function evenlyDistributeBackward(grad: Tensor, input: Tensor, result: Tensor): Tensor {
  const mask = binary(input, result, EQUAL_OR_BOTH_NAN, input.dtype, 'bool');
  return maskedFill(zeros(input.shape, grad.dtype), mask, div(grad, sum(mask)));
}

function extremeAll(tensor: Tensor, extreme: Extreme): Tensor {
  checkNonEmpty(extreme, tensor, undefined);
  const values = allocate(tensor.dtype, 1);
  scanExtremes(tensor, reducedDims(tensor, undefined), extreme, values, null);
  const out = newTensor(values, [], tensor.dtype);
  record(
    extreme === 'max' ? 'MaxBackward1' : 'MinBackward1',
    [tensor],
    out,
    ([grad], [input, result]) => [evenlyDistributeBackward(grad!, input!, result!)],
    [tensor, out],
  );
  return out;
}

/** max(): the largest element (NaN if any); its gradient is shared among ties. */
export const max = (tensor: Tensor): Tensor => extremeAll(tensor, 'max');
export const min = (tensor: Tensor): Tensor => extremeAll(tensor, 'min');

/** value_selecting_reduction_backward: each output's gradient is scattered into zeros where its index points. */
export function valueSelectingBackward(grad: Tensor, indices: Tensor, inputShape: readonly number[], dim: number, keepdim: boolean): Tensor {
  const full = zeros(inputShape, grad.dtype);
  if (inputShape.length === 0) return scatter(full, 0, indices, grad);
  if (keepdim) return scatter(full, dim, indices, grad);
  return scatter(full, dim, unsqueeze(indices, dim), unsqueeze(grad, dim));
}

function extremeAlongDim(tensor: Tensor, dim: number, keepdim: boolean, extreme: Extreme): ValuesAndIndices {
  const dims = singleDim(tensor, dim);
  checkNonEmpty(extreme, tensor, dims);
  const shape = reducedShape(tensor.shape, dims, keepdim);
  const values = allocate(tensor.dtype, numel(shape));
  const positions = new Float64Array(values.length);
  scanExtremes(tensor, dims, extreme, values, positions);
  const out = { values: newTensor(values, shape, tensor.dtype), indices: newTensor(positions, shape, 'int64') };
  const inputShape = [...tensor.shape];
  record(
    extreme === 'max' ? 'MaxBackward0' : 'MinBackward0',
    [tensor],
    out.values,
    ([grad], [indices]) => [valueSelectingBackward(grad!, indices!, inputShape, dims[0]!, keepdim)],
    [out.indices],
  );
  return out;
}

/** max(dim, keepdim): the largest value along `dim` and the index of its first occurrence. */
export const maxDim = (tensor: Tensor, dim: number, keepdim = false): ValuesAndIndices => extremeAlongDim(tensor, dim, keepdim, 'max');
export const minDim = (tensor: Tensor, dim: number, keepdim = false): ValuesAndIndices => extremeAlongDim(tensor, dim, keepdim, 'min');

const EQUAL: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i] === b[i] ? 1 : 0;
};

function extremeOverDims(tensor: Tensor, dims: readonly number[], keepdim: boolean, extreme: Extreme): Tensor {
  const name = extreme === 'max' ? 'amax' : 'amin';
  const reduced = reducedDims(tensor, dims);
  checkNonEmpty(name, tensor, dims.length === 0 ? undefined : reduced);
  const shape = reducedShape(tensor.shape, reduced, keepdim);
  const values = allocate(tensor.dtype, numel(shape));
  scanExtremes(tensor, reduced, extreme, values, null);
  const out = newTensor(values, shape, tensor.dtype);
  // scale_grad_by_count: (grad / count) * mask, the mask marking the elements equal to their result.
  record(
    extreme === 'max' ? 'AmaxBackward0' : 'AminBackward0',
    [tensor],
    out,
    ([grad], [input, result]) => {
      // restore_reduced_dims reshapes the reduced dims back in (unlike the unsqueezes of sum's backward)
      const restore = (reducedTensor: Tensor) => (keepdim ? reducedTensor : reshape(reducedTensor, reducedShape(input!.shape, reduced, true)));
      const mask = binary(input!, restore(result!), EQUAL, input!.dtype, 'bool');
      return [mul(div(restore(grad!), sum(mask, reduced, true)), mask)];
    },
    [tensor, out],
  );
  return out;
}

/** amax(dims, keepdim): the largest value over `dims` (all dims when empty); the gradient is shared among ties. */
export const amax = (tensor: Tensor, dims: readonly number[] = [], keepdim = false): Tensor => extremeOverDims(tensor, dims, keepdim, 'max');
export const amin = (tensor: Tensor, dims: readonly number[] = [], keepdim = false): Tensor => extremeOverDims(tensor, dims, keepdim, 'min');

/** What aminmax returns; the language layer prints it as torch.return_types.aminmax(min=..., max=...). */
export interface MinAndMax {
  min: Tensor;
  max: Tensor;
}

/**
 * aminmax(dim, keepdim): the smallest and the largest value, over everything (dim undefined) or along one dim.
 * PyTorch has no derivative for it: both outputs get a NotImplemented node.
 */
export function aminmax(tensor: Tensor, dim?: number, keepdim = false): MinAndMax {
  const reduced = dim === undefined ? reducedDims(tensor, undefined) : singleDim(tensor, dim);
  if (dim === undefined && tensor.numel === 0) throw runtimeError('aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.');
  const empty = reduced.find((d) => tensor.shape[d] === 0);
  if (empty !== undefined) throw indexError(`aminmax: Expected reduction dim ${empty} to have non-zero size.`);
  const shape = reducedShape(tensor.shape, reduced, keepdim);
  const [low, high] = (['min', 'max'] as const).map((extreme) => {
    const values = allocate(tensor.dtype, numel(shape));
    if (values.length > 0) scanExtremes(tensor, reduced, extreme, values, null);
    return newTensor(values, shape, tensor.dtype);
  }) as [Tensor, Tensor];
  recordNotDifferentiable('aminmax', [tensor], [low, high]);
  return { min: low, max: high };
}

function argExtreme(tensor: Tensor, dim: number | undefined, keepdim: boolean, extreme: Extreme): Tensor {
  const name = extreme === 'max' ? 'argmax' : 'argmin';
  if (tensor.dtype === 'bool') throw runtimeError(`"${name}_cpu" not implemented for 'Bool'`);
  if (dim === undefined) {
    checkNonEmpty(name, tensor, undefined);
    const position = new Float64Array(1);
    scanExtremes(tensor, reducedDims(tensor, undefined), extreme, null, position);
    return newTensor(position, keepdim ? tensor.shape.map(() => 1) : [], 'int64');
  }
  const dims = singleDim(tensor, dim);
  checkNonEmpty(name, tensor, dims);
  const shape = reducedShape(tensor.shape, dims, keepdim);
  const positions = new Float64Array(numel(shape));
  scanExtremes(tensor, dims, extreme, null, positions);
  return newTensor(positions, shape, 'int64');
}

/** argmax(dim, keepdim): the index of the first largest element; without a dim, into the flattened tensor. */
export const argmax = (tensor: Tensor, dim?: number, keepdim = false): Tensor => argExtreme(tensor, dim, keepdim, 'max');
export const argmin = (tensor: Tensor, dim?: number, keepdim = false): Tensor => argExtreme(tensor, dim, keepdim, 'min');

// Views: tensors that share storage with their input and only change shape, strides or offset.
// Each one's backward maps the gradient back to the input's shape.
import { indexError, runtimeError } from '../errors';
import { contiguousStrides, inferShape, normalizeDim, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { clone, copyInto } from './copy';
import { zeros } from './creation';
import { record } from './record';
import { isGradEnabled, withGradMode } from '../autograd/gradMode';
import { stack } from './join';
import { sumToShape } from './reduce';

/**
 * The strides that show `tensor`'s elements at `shape` without moving them, or null when its layout cannot:
 * each run of input dims that are laid out one inside the other must map onto whole new dims.
 */
export function viewStrides(tensor: Tensor, shape: Shape): number[] | null {
  if (tensor.ndim === 0 || tensor.numel === 0) return contiguousStrides(shape);
  const strides = new Array<number>(shape.length);
  let newDim = shape.length - 1;
  let runStride = tensor.strides[tensor.ndim - 1]!;
  let runSize = 1;
  let mappedSize = 1;
  for (let d = tensor.ndim - 1; d >= 0; d--) {
    runSize *= tensor.shape[d]!;
    const runEnds = d === 0 || (tensor.shape[d - 1] !== 1 && tensor.strides[d - 1] !== runSize * runStride);
    if (!runEnds) continue;
    while (newDim >= 0 && (mappedSize < runSize || shape[newDim] === 1)) {
      strides[newDim] = mappedSize * runStride;
      mappedSize *= shape[newDim]!;
      newDim--;
    }
    if (mappedSize !== runSize) return null;
    if (d > 0) {
      runStride = tensor.strides[d - 1]!;
      runSize = 1;
      mappedSize = 1;
    }
  }
  return newDim === -1 ? strides : null;
}

/** view(): only for layouts that strides can express (see viewStrides). */
export function view(tensor: Tensor, requested: Shape): Tensor {
  const shape = inferShape(requested, tensor.numel);
  const strides = viewStrides(tensor, shape);
  if (!strides) {
    throw runtimeError(
      'view size is not compatible with input tensor\'s size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.',
    );
  }
  const out = tensor.viewAs(shape, strides, tensor.offset);
  const inputShape = [...tensor.shape];
  record('ViewBackward0', [tensor], out, ([grad]) => [reshape(grad!, inputShape)]);
  return out;
}

/** reshape(): a view when the layout allows (see viewStrides), otherwise a copy. */
export function reshape(tensor: Tensor, requested: Shape): Tensor {
  const shape = inferShape(requested, tensor.numel);
  const inputShape = [...tensor.shape];
  const strides = viewStrides(tensor, shape);
  if (strides) {
    const out = tensor.viewAs(shape, strides, tensor.offset);
    record('ReshapeAliasBackward0', [tensor], out, ([grad]) => [reshape(grad!, inputShape)]);
    return out;
  }
  return unsafeView(clone(tensor), shape);
}

/** _unsafe_view: a fresh contiguous result given another shape; it shares storage but is not a view. */
export function unsafeView(tensor: Tensor, shape: Shape): Tensor {
  const out = new Tensor(tensor.storage, [...shape], contiguousStrides(shape), tensor.offset, tensor.dtype);
  const inputShape = [...tensor.shape];
  record('UnsafeViewBackward0', [tensor], out, ([grad]) => [reshape(grad!, inputShape)]);
  return out;
}

export function permute(tensor: Tensor, dims: readonly number[]): Tensor {
  const order = dims.map((dim) => normalizeDim(dim, tensor.ndim));
  if (order.length !== tensor.ndim) {
    throw runtimeError(`permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = ${tensor.ndim} is not equal to len(dims) = ${order.length}`);
  }
  if (new Set(order).size !== order.length) throw runtimeError('permute(): duplicate dims are not allowed.');
  const out = tensor.viewAs(
    order.map((d) => tensor.shape[d]!),
    order.map((d) => tensor.strides[d]!),
    tensor.offset,
  );
  const inverse = new Array<number>(order.length);
  order.forEach((d, i) => (inverse[d] = i));
  record('PermuteBackward0', [tensor], out, ([grad]) => [permute(grad!, inverse)]);
  return out;
}

function swapDims(tensor: Tensor, dim0: number, dim1: number): Tensor {
  const a = normalizeDim(dim0, tensor.ndim);
  const b = normalizeDim(dim1, tensor.ndim);
  const shape = [...tensor.shape];
  const strides = [...tensor.strides];
  [shape[a], shape[b]] = [shape[b]!, shape[a]!];
  [strides[a], strides[b]] = [strides[b]!, strides[a]!];
  return tensor.viewAs(shape, strides, tensor.offset);
}

export function transpose(tensor: Tensor, dim0: number, dim1: number): Tensor {
  const out = swapDims(tensor, dim0, dim1);
  record('TransposeBackward0', [tensor], out, ([grad]) => [transpose(grad!, dim0, dim1)]);
  return out;
}

/**
 * An in-place view op (transpose_, t_, squeeze_, unsqueeze_): the tensor itself takes the shape and strides of
 * `view` (the out-of-place op's result), its elements untouched, recorded as `name` over its previous history.
 */
function restrideInPlace(tensor: Tensor, name: string, view: (input: Tensor) => Tensor, backward: (grad: Tensor) => Tensor): Tensor {
  if (tensor.isLeaf && tensor.requiresGrad && isGradEnabled()) throw runtimeError('a leaf Variable that requires grad is being used in an in-place operation.');
  const result = withGradMode(false, () => view(tensor));
  tensor.shape.splice(0, tensor.shape.length, ...result.shape);
  tensor.strides.splice(0, tensor.strides.length, ...result.strides);
  record(name, [tensor], tensor, ([grad]) => [backward(grad!)]);
  return tensor;
}

export const transposeInPlace = (tensor: Tensor, dim0: number, dim1: number): Tensor =>
  restrideInPlace(tensor, 'TransposeBackward1', (input) => transpose(input, dim0, dim1), (grad) => transpose(grad, dim0, dim1));

export const tInPlace = (tensor: Tensor): Tensor => restrideInPlace(tensor, 'TBackward1', (input) => t(input, 't_'), (grad) => t(grad));

export function unsqueezeInPlace(tensor: Tensor, dim: number): Tensor {
  const d = normalizeDim(dim, tensor.ndim + 1);
  return restrideInPlace(tensor, 'UnsqueezeBackward1', (input) => unsqueeze(input, d), (grad) => squeeze(grad, d));
}

export function squeezeInPlace(tensor: Tensor, dim?: number): Tensor {
  const shape = [...tensor.shape];
  const name = dim === undefined ? 'SqueezeBackward2' : 'SqueezeBackward3';
  return restrideInPlace(tensor, name, (input) => squeeze(input, dim), (grad) => reshape(grad, shape));
}

/** t(): transpose of a tensor with at most 2 dims. */
export function t(tensor: Tensor, name = 't'): Tensor {
  if (tensor.ndim > 2) throw runtimeError(`${name}() expects a tensor with <= 2 dimensions, but self is ${tensor.ndim}D`);
  const out = tensor.ndim < 2 ? tensor.viewAs(tensor.shape, tensor.strides, tensor.offset) : swapDims(tensor, 0, 1);
  record('TBackward0', [tensor], out, ([grad]) => [t(grad!)]);
  return out;
}

export function unsqueeze(tensor: Tensor, dim: number): Tensor {
  const d = normalizeDim(dim, tensor.ndim + 1);
  const shape = [...tensor.shape];
  const strides = [...tensor.strides];
  shape.splice(d, 0, 1);
  strides.splice(d, 0, d < tensor.ndim ? tensor.shape[d]! * tensor.strides[d]! : 1);
  const out = tensor.viewAs(shape, strides, tensor.offset);
  record('UnsqueezeBackward0', [tensor], out, ([grad]) => [squeeze(grad!, d)]);
  return out;
}

/**
 * squeeze() drops every size-1 dim; squeeze(dim) only that one, if it has size 1. `nodeName` lets matmul
 * record its internal squeeze under the name PyTorch gives it.
 */
export function squeeze(tensor: Tensor, dim?: number, nodeName?: string): Tensor {
  const d = dim === undefined ? undefined : normalizeDim(dim, tensor.ndim);
  const keep = tensor.shape.map((size, i) => !(size === 1 && (d === undefined || d === i)));
  const out = tensor.viewAs(
    tensor.shape.filter((_, i) => keep[i]),
    tensor.strides.filter((_, i) => keep[i]),
    tensor.offset,
  );
  const inputShape = [...tensor.shape];
  // unsqueeze_to: the dropped size-1 dims come back as unsqueezes
  const dropped = inputShape.flatMap((_, i) => (keep[i] ? [] : [i]));
  record(nodeName ?? (d === undefined ? 'SqueezeBackward0' : 'SqueezeBackward1'), [tensor], out, ([grad]) => [dropped.reduce(unsqueeze, grad!)]);
  return out;
}

/** expand(): size-1 dims grow with stride 0; -1 keeps a size; new leading dims may be added. */
export function expand(tensor: Tensor, requested: Shape): Tensor {
  const lead = requested.length - tensor.ndim;
  if (lead < 0) {
    throw runtimeError(
      `expand(torch.FloatTensor{[${tensor.shape.join(', ')}]}, size=[${requested.join(', ')}]): the number of sizes provided (${requested.length}) must be greater or equal to the number of dimensions in the tensor (${tensor.ndim})`,
    );
  }
  const shape = new Array<number>(requested.length);
  const strides = new Array<number>(requested.length);
  // From the last dim back, as PyTorch checks, so a clash is reported at the last dim where it occurs.
  for (let d = requested.length - 1; d >= 0; d--) {
    const own = d - lead;
    const ownSize = own >= 0 ? tensor.shape[own]! : 1;
    const target = requested[d] === -1 ? ownSize : requested[d]!;
    if (own >= 0 && ownSize !== target && ownSize !== 1) {
      throw runtimeError(
        `The expanded size of the tensor (${target}) must match the existing size (${ownSize}) at non-singleton dimension ${d}.  Target sizes: [${requested.join(', ')}].  Tensor sizes: [${tensor.shape.join(', ')}]`,
      );
    }
    shape[d] = target;
    strides[d] = own < 0 || (ownSize === 1 && target !== 1) ? 0 : tensor.strides[own]!;
  }
  const out = tensor.viewAs(shape, strides, tensor.offset);
  const inputShape = [...tensor.shape];
  record('ExpandBackward0', [tensor], out, ([grad]) => [sumToShape(grad!, inputShape)]);
  return out;
}

/** x[i] along `dim`: drops the dim. */
export function select(tensor: Tensor, dim: number, index: number): Tensor {
  if (tensor.ndim === 0) throw indexError('select() cannot be applied to a 0-dim tensor.');
  const d = normalizeDim(dim, tensor.ndim);
  const size = tensor.shape[d]!;
  if (index < -size || index >= size) throw indexError(`index ${index} is out of bounds for dimension ${d} with size ${size}`);
  const i = index < 0 ? index + size : index;
  const out = tensor.viewAs(
    tensor.shape.filter((_, k) => k !== d),
    tensor.strides.filter((_, k) => k !== d),
    tensor.offset + i * tensor.strides[d]!,
  );
  const inputShape = [...tensor.shape];
  record('SelectBackward0', [tensor], out, ([grad]) => [selectBackward(grad!, inputShape, d, i)]);
  return out;
}

/** select_backward: the gradient placed at the index in zeros; recorded so that it is differentiable again. */
function selectBackward(grad: Tensor, inputShape: Shape, dim: number, index: number): Tensor {
  const full = zeros(inputShape, grad.dtype);
  copyInto(select(full, dim, index), grad);
  record('SelectBackwardBackward0', [grad], full, ([gradGrad]) => [select(gradGrad!, dim, index)]);
  return full;
}

/** x[start:end:step] along `dim` (start/end already clamped to the dim, step > 0). */
export function slice(tensor: Tensor, dim: number, start: number, end: number, step = 1): Tensor {
  const d = normalizeDim(dim, tensor.ndim);
  const count = Math.max(0, Math.ceil((end - start) / step));
  const shape = [...tensor.shape];
  const strides = [...tensor.strides];
  shape[d] = count;
  strides[d] = tensor.strides[d]! * step;
  const out = tensor.viewAs(shape, strides, tensor.offset + (count > 0 ? start * tensor.strides[d]! : 0));
  const inputShape = [...tensor.shape];
  record('SliceBackward0', [tensor], out, ([grad]) => {
    const full = zeros(inputShape, grad!.dtype);
    copyInto(slice(full, d, start, end, step), grad!);
    record('SliceBackwardBackward0', [grad!], full, ([gradGrad]) => [slice(gradGrad!, d, start, end, step)]);
    return [full];
  });
  return out;
}

/** unbind(dim): every index along `dim` as its own view, all produced by one node. */
export function unbind(tensor: Tensor, dim = 0): Tensor[] {
  if (tensor.ndim === 0) throw indexError('Dimension specified as 0 but tensor has no dimensions');
  const d = normalizeDim(dim, tensor.ndim);
  const outs = Array.from({ length: tensor.shape[d]! }, (_, i) =>
    tensor.viewAs(
      tensor.shape.filter((_, k) => k !== d),
      tensor.strides.filter((_, k) => k !== d),
      tensor.offset + i * tensor.strides[d]!,
    ),
  );
  const inputShape = [...tensor.shape];
  // unbind_backward: the gradients stacked, zeros standing in for outputs that got none.
  const pieceShape = inputShape.filter((_, k) => k !== d);
  record('UnbindBackward0', [tensor], outs, (grads) => {
    const dtype = grads.find((grad) => grad)!.dtype;
    return [stack(outs.map((_, i) => grads[i] ?? zeros(pieceShape, dtype)), d)];
  });
  return outs;
}

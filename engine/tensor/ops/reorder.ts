// Rearranging a tensor's elements: flip, roll and repeat copy; narrow, flatten and unflatten are views
// (recorded as PyTorch records them: narrow as a slice, flatten as a reshape, unflatten as a view).
import { runtimeError } from '../errors';
import { normalizeDim, type Shape } from '../shape';
import { Tensor, scatterStrided } from '../tensor';
import { full, zeros } from './creation';
import { materialize } from './elementwise';
import { record, zeroGradient } from './record';
import { sum } from './reduce';
import { reshape, slice, view } from './views';

/** The dims of a dims argument, normalised, each allowed once. */
function distinctDims(dims: readonly number[], rank: number): number[] {
  const normalized = dims.map((dim) => normalizeDim(dim, rank));
  normalized.forEach((dim, i) => {
    if (normalized.indexOf(dim) !== i) throw runtimeError(`dim ${dim} appears multiple times in the list of dims`);
  });
  return normalized;
}

/** A contiguous copy of a (possibly negatively) strided view over `tensor`'s storage. */
function copyOf(tensor: Tensor, shape: Shape, strides: readonly number[], offset: number): Tensor {
  const source = new Tensor(tensor.storage, [...shape], [...strides], offset, tensor.dtype);
  return Tensor.fromStorage(materialize(source, shape, tensor.dtype), shape, tensor.dtype);
}

export function flip(tensor: Tensor, dims: readonly number[]): Tensor {
  const flipped = distinctDims(dims, tensor.ndim);
  const strides = [...tensor.strides];
  let offset = tensor.offset;
  for (const d of flipped) {
    // Read the dim from its last element backwards.
    if (tensor.shape[d]! > 0) offset += (tensor.shape[d]! - 1) * strides[d]!;
    strides[d] = -strides[d]!;
  }
  const out = copyOf(tensor, tensor.shape, strides, offset);
  record('FlipBackward0', [tensor], out, ([grad]) => [flip(grad!, flipped)]);
  return out;
}

/** roll(shifts, dims): elements move `shift` places along each dim, wrapping around; no dims rolls the flattened tensor. */
export function roll(tensor: Tensor, shifts: readonly number[], dims: readonly number[] = []): Tensor {
  if (shifts.length === 0) throw runtimeError('`shifts` required');
  if (dims.length === 0 && shifts.length === 1) {
    const out = reshapeUnrecorded(rollAlong(reshapeUnrecorded(tensor, [tensor.numel]), 0, shifts[0]!), tensor.shape);
    record('RollBackward0', [tensor], out, ([grad]) => [roll(grad!, [-shifts[0]!])]);
    return out;
  }
  if (shifts.length !== dims.length) throw runtimeError(`shifts and dimensions must align. shifts: ${shifts.length}, dims:${dims.length}`);
  const rolledDims = dims.map((dim) => normalizeDim(dim, tensor.ndim));
  const out = rolledDims.reduce((rolled, dim, i) => rollAlong(rolled, dim, shifts[i]!), tensor);
  record('RollBackward0', [tensor], out, ([grad]) => [roll(grad!, shifts.map((shift) => -shift), rolledDims)]);
  return out;
}

/** The elements in row-major order at another shape, without a node (roll's flattened case). */
function reshapeUnrecorded(tensor: Tensor, shape: Shape): Tensor {
  const data = materialize(tensor, tensor.shape, tensor.dtype);
  return Tensor.fromStorage(data, shape, tensor.dtype);
}

/** One dim rolled: the last `shift` entries come first. */
function rollAlong(tensor: Tensor, dim: number, shift: number): Tensor {
  const size = tensor.shape[dim]!;
  if (size === 0) return copyOf(tensor, tensor.shape, tensor.strides, tensor.offset);
  const start = (((size - shift) % size) + size) % size;
  const out = zeros(tensor.shape, tensor.dtype);
  const parts: Array<[from: number, to: number, length: number]> = [
    [start, 0, size - start],
    [0, size - start, start],
  ];
  for (const [from, to, length] of parts) {
    if (length === 0) continue;
    const shape = [...tensor.shape];
    shape[dim] = length;
    const source = new Tensor(tensor.storage, shape, tensor.strides, tensor.offset + from * tensor.strides[dim]!, tensor.dtype);
    const target = new Tensor(out.storage, shape, out.strides, to * out.strides[dim]!, out.dtype);
    scatterStrided(target, materialize(source, shape, tensor.dtype));
  }
  return out;
}

/** repeat(sizes): the tensor tiled `sizes[d]` times along each dim (new leading dims for extra sizes). */
export function repeat(tensor: Tensor, repeats: readonly number[]): Tensor {
  if (repeats.length < tensor.ndim) throw runtimeError('Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor');
  const lead = repeats.length - tensor.ndim;
  const padded = [...new Array<number>(lead).fill(1), ...tensor.shape];
  const paddedStrides = [...new Array<number>(lead).fill(0), ...tensor.strides];
  const outShape = padded.map((size, d) => size * repeats[d]!);
  const out = full(outShape, 0, tensor.dtype);
  // Each output dim splits into (copy, position in the input): a view over the input with stride 0 for the copy.
  const tiledShape = padded.flatMap((size, d) => [repeats[d]!, size]);
  const tiledStrides = paddedStrides.flatMap((stride) => [0, stride]);
  const tiled = new Tensor(tensor.storage, tiledShape, tiledStrides, tensor.offset, tensor.dtype);
  out.storage.set(materialize(tiled, tiledShape, tensor.dtype));
  const inputShape = [...tensor.shape];
  record('RepeatBackward0', [tensor], out, ([grad]) => [repeatBackward(grad!, repeats, inputShape)]);
  return out;
}

/**
 * Sums the copies back onto the input: the extra leading dims one at a time, then every repeated dim at once
 * after splitting each into (copy, position), as PyTorch orders these sums.
 */
function repeatBackward(grad: Tensor, repeats: readonly number[], inputShape: Shape): Tensor {
  if (repeats.includes(0)) return zeroGradient(inputShape, grad.dtype);
  let reduced = grad;
  const lead = repeats.length - inputShape.length;
  for (let i = 0; i < lead; i++) reduced = sum(reduced, [0]);
  const splitShape: number[] = [];
  const copyDims: number[] = [];
  inputShape.forEach((size, d) => {
    const times = repeats[d + lead]!;
    if (times !== 1) {
      splitShape.push(times);
      copyDims.push(splitShape.length - 1);
    }
    splitShape.push(size);
  });
  return copyDims.length === 0 ? reduced : sum(reshape(reduced, splitShape), copyDims);
}

/** narrow(dim, start, length): a slice; `start` may be negative and is checked like a dim. */
export function narrow(tensor: Tensor, dim: number, start: number, length: number): Tensor {
  if (tensor.ndim === 0) throw runtimeError('narrow() cannot be applied to a 0-dim tensor.');
  const d = normalizeDim(dim, tensor.ndim);
  const size = tensor.shape[d]!;
  // start == size is a valid (empty) start though not a valid dim.
  const from = start === size ? start : normalizeDim(start, size);
  if (length < 0 || from > size - length) throw runtimeError(`start (${from}) + length (${length}) exceeds dimension size (${size}).`);
  return slice(tensor, d, from, from + length);
}

/** flatten(start_dim, end_dim): the dims from start to end merged into one (the tensor itself if that is one dim). */
export function flatten(tensor: Tensor, startDim = 0, endDim = -1): Tensor {
  const start = normalizeDim(startDim, tensor.ndim);
  const end = normalizeDim(endDim, tensor.ndim);
  if (start > end) throw runtimeError('flatten() has invalid args: start_dim cannot come after end_dim');
  if (tensor.ndim === 0) return reshape(tensor, [1]);
  if (start === end) return tensor;
  const merged = tensor.shape.slice(start, end + 1).reduce((product, size) => product * size, 1);
  return reshape(tensor, [...tensor.shape.slice(0, start), merged, ...tensor.shape.slice(end + 1)]);
}

/** unflatten(dim, sizes): one dim split into `sizes` (one of them may be -1). */
export function unflatten(tensor: Tensor, dim: number, sizes: readonly number[]): Tensor {
  const d = normalizeDim(dim, tensor.ndim);
  if (sizes.length === 0) throw runtimeError('unflatten: sizes must be non-empty');
  const size = tensor.shape[d]!;
  const known = sizes.reduce((product, s) => (s === -1 ? product : product * s), 1);
  const inferred = sizes.includes(-1);
  if (sizes.filter((s) => s === -1).length > 1) throw runtimeError('only one dimension can be inferred');
  if (inferred ? known === 0 || size % known !== 0 : known !== size) {
    throw runtimeError(`unflatten: Provided sizes [${sizes.join(', ')}] don't multiply up to the size of dim ${d} (${size}) in the input tensor`);
  }
  const split = sizes.map((s) => (s === -1 ? size / known : s));
  return view(tensor, [...tensor.shape.slice(0, d), ...split, ...tensor.shape.slice(d + 1)]);
}

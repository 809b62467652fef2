// Joining tensors and cutting them into pieces: cat, stack, split, chunk. The pieces of split and chunk are
// views of their input, all produced by one node; cat and stack copy into a new tensor.
import { defaultFloatDtype, promote, type DType } from '../dtype';
import { runtimeError } from '../errors';
import { normalizeDim } from '../shape';
import { Tensor, scatterStrided } from '../tensor';
import { zeros } from './creation';
import { materialize } from './elementwise';
import { record } from './record';
import { toDtype } from './copy';
import { reshape, select, slice } from './views';

/** A 1-D tensor of size 0: cat skips it whatever the other tensors' shapes (PyTorch's legacy rule). */
const isLegacyEmpty = (tensor: Tensor): boolean => tensor.ndim === 1 && tensor.shape[0] === 0;

/** The part of `tensor` along `dim` from `start`, `length` long: a view (of the same base) that no node records. */
function band(tensor: Tensor, dim: number, start: number, length: number): Tensor {
  const shape = [...tensor.shape];
  shape[dim] = length;
  return tensor.viewAs(shape, tensor.strides, tensor.offset + start * tensor.strides[dim]!);
}

function joinedDtype(tensors: readonly Tensor[]): DType {
  return tensors.map((tensor) => tensor.dtype).reduce(promote);
}

/** Copies each part (of `out`'s rank), converted to the output's dtype, into consecutive bands of `out` along `dim`. */
function fillBands(out: Tensor, parts: readonly Tensor[], dim: number): void {
  let start = 0;
  for (const part of parts) {
    const target = band(out, dim, start, part.shape[dim]!);
    scatterStrided(target, materialize(part, target.shape, out.dtype));
    start += part.shape[dim]!;
  }
}

export function cat(tensors: readonly Tensor[], dim = 0): Tensor {
  if (tensors.length === 0) throw runtimeError('torch.cat(): expected a non-empty list of Tensors');
  tensors.forEach((tensor, i) => {
    if (tensor.ndim === 0) throw runtimeError(`zero-dimensional tensor (at position ${i}) cannot be concatenated`);
  });
  const joined = tensors.filter((tensor) => !isLegacyEmpty(tensor));
  const reference = joined[0] ?? tensors[0]!;
  const d = normalizeDim(dim, reference.ndim);
  joined.forEach((tensor, i) => {
    if (tensor.ndim !== reference.ndim) throw runtimeError(`Tensors must have same number of dimensions: got ${reference.ndim} and ${tensor.ndim}`);
    tensor.shape.forEach((size, k) => {
      if (k !== d && size !== reference.shape[k]) {
        throw runtimeError(`Sizes of tensors must match except in dimension ${d}. Expected size ${reference.shape[k]} but got size ${size} for tensor number ${tensors.indexOf(joined[i]!)} in the list.`);
      }
    });
  });
  const shape = [...reference.shape];
  shape[d] = joined.reduce((total, tensor) => total + tensor.shape[d]!, 0);
  const out = zeros(shape, joinedDtype(tensors));
  fillBands(out, joined, d);
  const pieces = tensors.map((tensor) => (isLegacyEmpty(tensor) ? 0 : tensor.shape[d]!));
  const inputShapes = tensors.map((tensor) => [...tensor.shape]);
  record('CatBackward0', tensors, out, ([grad]) => {
    let start = 0;
    return pieces.map((length, i) => {
      start += length;
      if (!tensors[i]!.requiresGrad) return null;
      return isLegacyEmpty(tensors[i]!) ? zeros(inputShapes[i]!, grad!.dtype) : slice(grad!, d, start - length, start);
    });
  });
  return out;
}

export function stack(tensors: readonly Tensor[], dim = 0): Tensor {
  if (tensors.length === 0) throw runtimeError('stack expects a non-empty TensorList');
  const first = tensors[0]!;
  tensors.forEach((tensor, i) => {
    if (tensor.ndim !== first.ndim || tensor.shape.some((size, k) => size !== first.shape[k])) {
      throw runtimeError(`stack expects each tensor to be equal size, but got [${first.shape.join(', ')}] at entry 0 and [${tensor.shape.join(', ')}] at entry ${i}`);
    }
  });
  const d = normalizeDim(dim, first.ndim + 1);
  const shape = [...first.shape];
  shape.splice(d, 0, tensors.length);
  const out = zeros(shape, joinedDtype(tensors));
  const asSlabs = tensors.map((tensor) => {
    const slabShape = [...tensor.shape];
    slabShape.splice(d, 0, 1);
    return tensor.viewAs(slabShape, [...tensor.strides.slice(0, d), 0, ...tensor.strides.slice(d)], tensor.offset);
  });
  fillBands(out, asSlabs, d);
  record('StackBackward0', tensors, out, ([grad]) => tensors.map((tensor, i) => (tensor.requiresGrad ? select(grad!, d, i) : null)));
  return out;
}

/**
 * The pieces of `tensor` along `dim` with the given lengths, as views recorded by one node. Unsafe pieces
 * (unsafe_split) share the storage but are not views to autograd: in-place ops on them rewrite no history, and
 * each has a version counter of its own.
 */
function splitInto(tensor: Tensor, dim: number, lengths: readonly number[], nodeName: string, unsafe = false): Tensor[] {
  let start = 0;
  const pieces = lengths.map((length) => {
    start += length;
    const piece = band(tensor, dim, start - length, length);
    return unsafe ? new Tensor(piece.storage, piece.shape, piece.strides, piece.offset, piece.dtype) : piece;
  });
  const dtype = tensor.dtype;
  record(nodeName, [tensor], pieces, (grads) => [
    cat(
      pieces.map((piece, i) => grads[i] ?? zeros(piece.shape, dtype)),
      dim,
    ),
  ]);
  return pieces;
}

function splitDim(tensor: Tensor, dim: number, what: string): number {
  if (tensor.ndim === 0) throw runtimeError(`${what} expects at least a 1-dimensional tensor`);
  return normalizeDim(dim, tensor.ndim);
}

/** split(split_size) or split([sizes]); unsafe_split when `unsafe` (see splitInto). */
export function split(tensor: Tensor, sizes: number | readonly number[], dim = 0, unsafe = false): Tensor[] {
  const d = splitDim(tensor, dim, 'split');
  const size = tensor.shape[d]!;
  if (typeof sizes !== 'number') {
    const shown = `[${sizes.join(', ')}]`;
    if (sizes.some((length) => length < 0)) throw runtimeError(`split_with_sizes expects split_sizes have only non-negative entries, but got split_sizes=${shown}`);
    const total = sizes.reduce((sum, length) => sum + length, 0);
    if (total !== size) {
      throw runtimeError(`split_with_sizes expects split_sizes to sum exactly to ${size} (input tensor's size at dimension ${d}), but got split_sizes=${shown}`);
    }
    return splitInto(tensor, d, sizes, unsafe ? 'UnsafeSplitWithSizesBackward0' : 'SplitWithSizesBackward0', unsafe);
  }
  if (sizes < 0) throw runtimeError(`split expects split_size be non-negative, but got split_size=${sizes}`);
  if (sizes === 0 && size !== 0) throw runtimeError(`split_size can only be 0 if dimension size is 0, but got dimension size of ${size}`);
  const count = sizes === 0 ? 1 : Math.max(Math.ceil(size / sizes), 1);
  const lengths = Array.from({ length: count }, (_, i) => Math.min(sizes, size - i * sizes));
  return splitInto(tensor, d, lengths, unsafe ? 'UnsafeSplitBackward0' : 'SplitBackward0', unsafe);
}

/** chunk(chunks): pieces of ceil(size / chunks), so possibly fewer than `chunks`; unsafe_chunk when `unsafe`. */
export function chunk(tensor: Tensor, chunks: number, dim = 0, unsafe = false): Tensor[] {
  if (chunks <= 0) throw runtimeError(`chunk expects \`chunks\` to be greater than 0, got: ${chunks}`);
  const d = splitDim(tensor, dim, 'chunk');
  const size = tensor.shape[d]!;
  // An empty dim still yields `chunks` empty pieces, which split would collapse into one.
  if (size === 0) return split(tensor, new Array<number>(chunks).fill(0), d, unsafe);
  return split(tensor, Math.ceil(size / chunks), d, unsafe);
}

/**
 * block_diag: the inputs along the diagonal of a zero matrix of their promoted dtype, a 0-d input as a 1×1
 * block and a 1-d one as a row (an empty vector still takes a row). Each gradient is its block of the upstream.
 */
export function blockDiag(tensors: readonly Tensor[]): Tensor {
  if (tensors.length === 0) return zeros([1, 0], defaultFloatDtype());
  const blocks = tensors.map((tensor, i) => {
    if (tensor.ndim > 2) throw runtimeError(`torch.block_diag: Input tensors must have 2 or fewer dimensions. Input ${i} has ${tensor.ndim} dimensions`);
    if (tensor.ndim === 2) return tensor;
    return tensor.viewAs([1, tensor.ndim === 1 ? tensor.shape[0]! : 1], [0, tensor.ndim === 1 ? tensor.strides[0]! : 0], tensor.offset);
  });
  const rows = blocks.reduce((total, block) => total + block.shape[0]!, 0);
  const columns = blocks.reduce((total, block) => total + block.shape[1]!, 0);
  const out = zeros([rows, columns], joinedDtype(tensors));
  const corners: Array<[number, number]> = [];
  let [row, column] = [0, 0];
  for (const block of blocks) {
    corners.push([row, column]);
    const target = band(band(out, 0, row, block.shape[0]!), 1, column, block.shape[1]!);
    scatterStrided(target, materialize(block, target.shape, out.dtype));
    row += block.shape[0]!;
    column += block.shape[1]!;
  }
  record('BlockDiagBackward0', tensors, out, ([grad]) =>
    tensors.map((tensor, i) => {
      if (!tensor.requiresGrad) return null;
      const [top, left] = corners[i]!;
      const block = slice(slice(grad!, 0, top, top + blocks[i]!.shape[0]!), 1, left, left + blocks[i]!.shape[1]!);
      const shaped = tensor.ndim === 2 ? block : reshape(block, tensor.shape);
      return shaped.dtype === tensor.dtype ? shaped : toDtype(shaped, tensor.dtype);
    }),
  );
  return out;
}

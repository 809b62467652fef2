// Reading and writing elements at positions held in index tensors: gather, scatter_add, index_select, and the
// kernels advanced indexing shares with them. An index kernel walks an iteration shape; at each position the
// index tensors' values pick where along the addressed dims the element is read or written.
import { allocate, isIntegral, type Storage } from '../dtype';
import { indexError, runtimeError, type TorchError } from '../errors';
import { contiguousStrides, normalizeDim, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { zeros } from './creation';
import { materialize } from './elementwise';
import { record } from './record';

/** Walks a shape in row-major order, keeping one storage offset per operand, each moving by its own strides. */
export class StridedCursor {
  readonly offsets: number[];
  private readonly counters: number[];

  constructor(
    private readonly shape: Shape,
    private readonly strides: ReadonlyArray<readonly number[]>,
    starts: readonly number[],
  ) {
    this.offsets = [...starts];
    this.counters = new Array<number>(shape.length).fill(0);
  }

  next(): void {
    const { shape, strides, offsets, counters } = this;
    for (let d = shape.length - 1; d >= 0; d--) {
      counters[d]!++;
      for (let op = 0; op < offsets.length; op++) offsets[op]! += strides[op]![d]!;
      if (counters[d]! < shape[d]!) return;
      for (let op = 0; op < offsets.length; op++) offsets[op]! -= strides[op]![d]! * shape[d]!;
      counters[d] = 0;
    }
  }
}

/** How index values address a tensor: one int64 index tensor per addressed dim, each viewed at the iteration shape. */
export interface Addressing {
  indices: readonly Tensor[];
  /** The addressed tensor's stride and size along each addressed dim. */
  strides: readonly number[];
  sizes: readonly number[];
  /** Python-style negative indices (advanced indexing) rather than an error (gather, index_select). */
  negativeWraps: boolean;
  outOfBounds: (value: number, which: number, size: number) => TorchError;
}

/**
 * Visits every position of `view` (a strided tensor at the iteration shape whose addressed dims have stride 0),
 * handing `visit` the running position and the storage offset the index values point at.
 */
function walkAddressed(view: Tensor, addressing: Addressing, visit: (position: number, at: number) => void): void {
  const { indices, strides, sizes, negativeWraps, outOfBounds } = addressing;
  const n = view.numel;
  if (n === 0) return;
  const cursor = new StridedCursor(view.shape, [view.strides, ...indices.map((index) => index.strides)], [view.offset, ...indices.map((index) => index.offset)]);
  const { offsets } = cursor;
  for (let position = 0; position < n; position++) {
    let at = offsets[0]!;
    for (let j = 0; j < indices.length; j++) {
      const value = indices[j]!.storage[offsets[j + 1]!]!;
      const size = sizes[j]!;
      if (value >= size || value < (negativeWraps ? -size : 0)) throw outOfBounds(value, j, size);
      at += (value < 0 ? value + size : value) * strides[j]!;
    }
    visit(position, at);
    cursor.next();
  }
}

/** The addressed elements of `view`, row-major at its shape. */
export function takeAddressed(view: Tensor, addressing: Addressing): Storage {
  const out = allocate(view.dtype, view.numel);
  const { storage } = view;
  walkAddressed(view, addressing, (position, at) => {
    out[position] = storage[at]!;
  });
  return out;
}

/** Writes `values` (row-major at `view`'s shape) to the addressed elements of `view`, or adds them. */
export function putAddressed(view: Tensor, addressing: Addressing, values: Storage, accumulate: boolean): void {
  const { storage } = view;
  if (accumulate) {
    walkAddressed(view, addressing, (position, at) => {
      storage[at] = storage[at]! + values[position]!;
    });
  } else {
    walkAddressed(view, addressing, (position, at) => {
      storage[at] = values[position]!;
    });
  }
}

/** `tensor`'s elements seen at `shape`, with `dim` made stride 0 (its position comes from an index). */
function alongIndex(tensor: Tensor, shape: Shape, dim: number): Tensor {
  const strides = tensor.ndim === 0 ? [0] : tensor.strides.map((stride, d) => (d === dim ? 0 : stride));
  return new Tensor(tensor.storage, [...shape], strides, tensor.offset, tensor.dtype);
}

/** A 0-d tensor is treated as 1-D of size 1 by gather, scatter and index_select. */
const sizesOf = (tensor: Tensor): number[] => (tensor.ndim === 0 ? [1] : [...tensor.shape]);
const stridesOf = (tensor: Tensor): number[] => (tensor.ndim === 0 ? [1] : [...tensor.strides]);

function requireInt64Index(index: Tensor, message: string): void {
  if (index.dtype !== 'int64') throw runtimeError(message);
}

/** The addressing of gather and scatter: the index tensor itself addresses `dim` of `tensor`. */
function dimAddressing(tensor: Tensor, dim: number, index: Tensor): Addressing {
  const size = sizesOf(tensor)[dim]!;
  const indexView = new Tensor(index.storage, sizesOf(index), stridesOf(index), index.offset, index.dtype);
  return {
    indices: [indexView],
    strides: [stridesOf(tensor)[dim]!],
    sizes: [size],
    negativeWraps: false,
    outOfBounds: (value) => runtimeError(`index ${value} is out of bounds for dimension ${dim} with size ${size}`),
  };
}

export function gather(input: Tensor, dim: number, index: Tensor): Tensor {
  const d = normalizeDim(dim, input.ndim);
  requireInt64Index(index, 'gather(): Expected dtype int64 for index');
  const inputSizes = sizesOf(input);
  const indexSizes = sizesOf(index);
  if (inputSizes.length !== indexSizes.length) throw runtimeError('Index tensor must have the same number of dimensions as input tensor');
  indexSizes.forEach((size, k) => {
    if (k !== d && size > inputSizes[k]!) {
      throw runtimeError(`Size does not match at dimension ${k} expected index [${index.shape.join(', ')}] to be smaller than self [${input.shape.join(', ')}] apart from dimension ${d}`);
    }
  });
  const values = takeAddressed(alongIndex(input, indexSizes, d), dimAddressing(input, d, index));
  const out = Tensor.fromStorage(values, index.shape, input.dtype);
  const inputShape = [...input.shape];
  record('GatherBackward0', [input], out, ([grad]) => [scatterAdd(zeros(inputShape, grad!.dtype), d, index, grad!)]);
  return out;
}

/** scatter_add (out of place): `self` with each element of `src` added where `index` points along `dim`. */
export function scatterAdd(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  const d = normalizeDim(dim, self.ndim);
  requireInt64Index(index, 'scatter(): Expected dtype int64 for index');
  if (self.dtype !== src.dtype) throw runtimeError('scatter(): Expected self.dtype to be equal to src.dtype');
  const selfSizes = sizesOf(self);
  const indexSizes = sizesOf(index);
  const srcSizes = sizesOf(src);
  if (indexSizes.length !== selfSizes.length) throw runtimeError('Index tensor must have the same number of dimensions as self tensor');
  if (indexSizes.some((size, k) => size > (srcSizes[k] ?? 0) || (k !== d && size > selfSizes[k]!))) {
    throw runtimeError(
      `Expected index [${index.shape.join(', ')}] to be smaller than self [${self.shape.join(', ')}] apart from dimension ${d} and to be smaller size than src [${src.shape.join(', ')}]`,
    );
  }
  const out = Tensor.fromStorage(materialize(self, self.shape, self.dtype).slice(), self.shape, self.dtype);
  const srcAtIndex = new Tensor(src.storage, indexSizes, stridesOf(src), src.offset, src.dtype);
  putAddressed(alongIndex(out, indexSizes, d), dimAddressing(self, d, index), materialize(srcAtIndex, indexSizes, src.dtype), true);
  record('ScatterAddBackward0', [self, src], out, ([grad]) => [self.requiresGrad ? grad : null, src.requiresGrad ? gather(grad!, d, index) : null]);
  return out;
}

/** The addressing of index_select: the 1-D index addresses `dim`, seen at `shape` (its length along `dim`). */
function selectAddressing(tensor: Tensor, dim: number, index: Tensor, shape: Shape): Addressing {
  const size = sizesOf(tensor)[dim]!;
  const indexStride = index.ndim === 0 ? 0 : index.strides[0]!;
  const strides = shape.map((_, d) => (d === dim ? indexStride : 0));
  return {
    indices: [new Tensor(index.storage, [...shape], strides, index.offset, index.dtype)],
    strides: [stridesOf(tensor)[dim]!],
    sizes: [size],
    negativeWraps: false,
    // PyTorch's CPU kernel checks dim 0 itself; other dims go through an indexing kernel with its own message.
    outOfBounds: (value) => (dim === 0 ? indexError('index out of range in self') : runtimeError(`INDICES element is out of DATA bounds, id=${value} axis_dim=${size}`)),
  };
}

export function indexSelect(input: Tensor, dim: number, index: Tensor): Tensor {
  const d = normalizeDim(dim, input.ndim);
  if (!isIntegral(index.dtype)) throw runtimeError('index_select(): Expected dtype int32 or int64 for index');
  if (index.ndim > 1) throw indexError('index_select(): Index is supposed to be a vector');
  const shape = sizesOf(input);
  shape[d] = index.numel;
  const values = takeAddressed(alongIndex(input, shape, d), selectAddressing(input, d, index, shape));
  const outShape = input.ndim === 0 ? [] : shape;
  const out = Tensor.fromStorage(values, outShape, input.dtype);
  const inputShape = [...input.shape];
  record('IndexSelectBackward0', [input], out, ([grad]) => [indexAdd(zeros(inputShape, grad!.dtype), d, index, grad!)]);
  return out;
}

/**
 * index_add (out of place, the backward of index_select): `target` with the slices of `source` along `dim` added
 * at `index`. Recorded as IndexAddBackward0, whose gradient for `source` is index_select again.
 */
function indexAdd(target: Tensor, dim: number, index: Tensor, source: Tensor): Tensor {
  const out = Tensor.fromStorage(materialize(target, target.shape, target.dtype).slice(), target.shape, target.dtype);
  const shape = sizesOf(source);
  const view = new Tensor(out.storage, shape, contiguousStrides(sizesOf(out)).map((stride, d) => (d === dim ? 0 : stride)), 0, out.dtype);
  putAddressed(view, selectAddressing(out, dim, index, shape), materialize(source, source.shape, out.dtype), true);
  record('IndexAddBackward0', [target, source], out, ([grad]) => [target.requiresGrad ? grad : null, source.requiresGrad ? indexSelect(grad!, dim, index) : null]);
  return out;
}

/**
 * scatter (out of place) of `src` into `self` along `dim` at `index` (the backward of max/min along a dim, sort,
 * ...). Recorded as ScatterBackward0: `src` gets the gathered gradient, `self` the gradient with the written
 * places zeroed.
 */
export function scatter(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  const d = normalizeDim(dim, self.ndim);
  requireInt64Index(index, 'scatter(): Expected dtype int64 for index');
  const indexSizes = sizesOf(index);
  const out = Tensor.fromStorage(materialize(self, self.shape, self.dtype).slice(), self.shape, self.dtype);
  const srcAtIndex = new Tensor(src.storage, indexSizes, stridesOf(src), src.offset, src.dtype);
  putAddressed(alongIndex(out, indexSizes, d), dimAddressing(self, d, index), materialize(srcAtIndex, indexSizes, self.dtype), false);
  const srcShape = [...src.shape];
  record('ScatterBackward0', [self, src], out, ([grad]) => [
    self.requiresGrad ? scatter(grad!, d, index, zeros(srcShape, grad!.dtype)) : null,
    src.requiresGrad ? gather(grad!, d, index) : null,
  ]);
  return out;
}

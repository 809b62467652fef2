// Reading and writing elements at positions held in index tensors: gather, scatter (with its reductions),
// index_select/add/copy/fill, take/put, and the kernels advanced indexing shares with them. An index kernel walks an iteration shape; at each position the
// index tensors' values pick where along the addressed dims the element is read or written.
import { fma, fmaf } from '../../numeric/fma';
import { allocate, castValue, INTEGER_RANGE, isFloating, isIndexDtype, scalarTypeName, type DType, type Storage } from '../dtype';
import { indexError, runtimeError, warn, type TorchError } from '../errors';
import { withGradMode } from '../autograd/gradMode';
import { broadcastShapes, contiguousStrides, normalizeDim, sameShape, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { div, mul } from './arithmetic';
import { bitwiseAnd, eq, where } from './comparison';
import { toDtype } from './copy';
import { full, zeros } from './creation';
import { divRounding } from './division';
import { materialize, wrapNumber } from './elementwise';
import { maskedFill } from './indexing';
import { record } from './record';
import { sum } from './reduce';
import { expand, reshape, view } from './views';

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

/** How a scatter kernel combines a value with the addressed element. */
export type Combine = 'assign' | 'add' | 'multiply' | 'amax' | 'amin';

/** Writes `values` (row-major at `view`'s shape) to the addressed elements of `view`, or adds them. */
export function putAddressed(view: Tensor, addressing: Addressing, values: Storage, accumulate: boolean): void {
  combineAddressed(view, addressing, values, accumulate ? 'add' : 'assign');
}

/**
 * Combines `values` (row-major at `view`'s shape) into the addressed elements of `view`, in row-major order
 * (PyTorch's CPU scatter kernels run sequentially, so repeated positions combine in that order). amax/amin
 * propagate NaN as PyTorch's scatter_reduce does. 'add' with an `alpha` adds alpha * value in one fused
 * multiply-add, as PyTorch's add_(source, alpha=) kernel does.
 */
export function combineAddressed(view: Tensor, addressing: Addressing, values: Storage, combine: Combine, alpha = 1): void {
  const { storage } = view;
  const fusedMultiplyAdd = view.dtype === 'float32' ? fmaf : view.dtype === 'float64' ? fma : (x: number, y: number, z: number) => x * y + z;
  walkAddressed(view, addressing, (position, at) => {
    const value = values[position]!;
    const current = storage[at]!;
    switch (combine) {
      case 'assign':
        storage[at] = value;
        break;
      case 'add':
        storage[at] = alpha === 1 ? current + value : fusedMultiplyAdd(value, alpha, current);
        break;
      case 'multiply':
        storage[at] = current * value;
        break;
      case 'amax':
        storage[at] = value !== value || value > current ? value : current;
        break;
      case 'amin':
        storage[at] = value !== value || value < current ? value : current;
        break;
    }
  });
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
  if (!isIndexDtype(index.dtype)) throw runtimeError('index_select(): Expected dtype int32 or int64 for index');
  if (index.ndim > 1) throw indexError('index_select(): Index is supposed to be a vector');
  const shape = sizesOf(input);
  shape[d] = index.numel;
  const values = takeAddressed(alongIndex(input, shape, d), selectAddressing(input, d, index, shape));
  const outShape = input.ndim === 0 ? [] : shape;
  const out = Tensor.fromStorage(values, outShape, input.dtype);
  const inputShape = [...input.shape];
  record('IndexSelectBackward0', [input], out, ([grad]) => [indexAddInto(zeros(inputShape, grad!.dtype), d, index, grad!)]);
  return out;
}

/** The reductions of scatter(reduce=) and scatter_reduce. */
export type ScatterReduction = 'sum' | 'prod' | 'mean' | 'amax' | 'amin';

const COMBINE_OF: Record<ScatterReduction, Combine> = { sum: 'add', prod: 'multiply', mean: 'add', amax: 'amax', amin: 'amin' };

/** scatter_reduce's identity, written first where the index points when include_self=False. */
function reductionIdentity(reduction: ScatterReduction, dtype: DType): number {
  if (reduction === 'prod') return 1;
  const [min, max] = INTEGER_RANGE[dtype] ?? [-Infinity, Infinity];
  if (reduction === 'amax') return min;
  if (reduction === 'amin') return max;
  return 0;
}

/** PyTorch's checks of scatter's operands: the index's dtype and rank, and its sizes against self (and src). */
function checkScatterOperands(self: Tensor, d: number, index: Tensor, src?: Tensor): void {
  requireInt64Index(index, 'scatter(): Expected dtype int64 for index');
  if (src && self.dtype !== src.dtype) throw runtimeError('scatter(): Expected self.dtype to be equal to src.dtype');
  const selfSizes = sizesOf(self);
  const indexSizes = sizesOf(index);
  if (index.numel === 0) return;
  if (indexSizes.length !== selfSizes.length) throw runtimeError('Index tensor must have the same number of dimensions as self tensor');
  const beyondSelf = indexSizes.some((size, k) => k !== d && size > selfSizes[k]!);
  if (!src) {
    if (beyondSelf) throw runtimeError(`Expected index [${index.shape.join(', ')}] to be smaller than self [${self.shape.join(', ')}] apart from dimension ${d}`);
    return;
  }
  const srcSizes = sizesOf(src);
  if (beyondSelf || indexSizes.some((size, k) => size > (srcSizes[k] ?? 0))) {
    throw runtimeError(
      `Expected index [${index.shape.join(', ')}] to be smaller than self [${self.shape.join(', ')}] apart from dimension ${d} and to be smaller size than src [${src.shape.join(', ')}]`,
    );
  }
}

/**
 * A copy of `self` with `src`'s elements (or one number) combined in where `index` points along `dim`: the
 * kernel of scatter, scatter_add and scatter_reduce.
 */
function scatterInto(self: Tensor, d: number, index: Tensor, src: Tensor | number, combine: Combine): Tensor {
  const out = Tensor.fromStorage(materialize(self, self.shape, self.dtype).slice(), self.shape, self.dtype);
  const indexSizes = sizesOf(index);
  const values =
    typeof src === 'number'
      ? allocate(self.dtype, index.numel).fill(castValue(src, self.dtype))
      : materialize(new Tensor(src.storage, indexSizes, stridesOf(src), src.offset, src.dtype), indexSizes, self.dtype);
  combineAddressed(alongIndex(out, indexSizes, d), dimAddressing(self, d, index), values, combine);
  return out;
}

/** scatter_add (out of place): `self` with each element of `src` added where `index` points along `dim`. */
export function scatterAdd(self: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  const d = normalizeDim(dim, self.ndim);
  checkScatterOperands(self, d, index, src);
  const out = scatterInto(self, d, index, src, 'add');
  record('ScatterAddBackward0', [self, src], out, ([grad]) => [self.requiresGrad ? grad : null, src.requiresGrad ? gather(grad!, d, index) : null]);
  return out;
}

/**
 * scatter (out of place) of `src`, a tensor (ScatterBackward0: `src` gets the gathered gradient) or a number
 * (ScatterBackward1); `self` gets the gradient with the written places zeroed. With `reduce` ('add' or
 * 'multiply') the values combine instead, and PyTorch has no derivative.
 */
export function scatter(self: Tensor, dim: number, index: Tensor, src: Tensor | number, reduce?: string): Tensor {
  const d = normalizeDim(dim, self.ndim);
  checkScatterOperands(self, d, index, src instanceof Tensor ? src : undefined);
  if (reduce !== undefined && reduce !== 'add' && reduce !== 'multiply') throw runtimeError('reduce argument must be either add or multiply.');
  const out = scatterInto(self, d, index, src, reduce ?? 'assign');
  const tensors = src instanceof Tensor ? [self, src] : [self];
  if (reduce !== undefined) {
    record('NotImplemented', tensors, out, () => {
      throw runtimeError('derivative for aten::scatter is not implemented');
    });
  } else if (src instanceof Tensor) {
    record('ScatterBackward0', tensors, out, ([grad]) => [self.requiresGrad ? scatter(grad!, d, index, 0) : null, src.requiresGrad ? gather(grad!, d, index) : null]);
  } else {
    record('ScatterBackward1', tensors, out, ([grad]) => [scatter(grad!, d, index, 0)]);
  }
  return out;
}

let scatterReduceNoticed = false;

/**
 * scatter_reduce(dim, index, src, reduce, include_self): each element of `src` reduced into `self` where
 * `index` points. Without include_self the pointed-at elements start from the reduction's identity; 'mean'
 * divides by the count of reduced values (floor division for integers). ScatterReduceBackward0's formulas are
 * PyTorch's (scatter_reduce_backward): ties of amax/amin share the gradient evenly.
 */
export function scatterReduce(self: Tensor, dim: number, index: Tensor, src: Tensor, reduce: string, includeSelf = true): Tensor {
  if (!scatterReduceNoticed) {
    scatterReduceNoticed = true;
    warn('scatter_reduce() is in beta and the API may change at any time. (Triggered internally at  ./aten/src/ATen/native/TensorAdvancedIndexing.cpp:1615.)');
  }
  const d = normalizeDim(dim, self.ndim);
  checkScatterOperands(self, d, index, src);
  if (!(reduce in COMBINE_OF)) throw runtimeError('reduce argument must be either sum, prod, mean, amax or amin.');
  const reduction = reduce as ScatterReduction;
  const start = includeSelf ? self : scatterInto(self, d, index, reductionIdentity(reduction, self.dtype), 'assign');
  let out = scatterInto(start, d, index, src, COMBINE_OF[reduction]);
  if (reduction === 'mean') {
    const counts = scatterCounts(self, d, index, src, includeSelf);
    out = isFloating(out.dtype) ? div(out, counts) : divRounding(out, counts, 'floor');
  }
  const result = out;
  record(
    'ScatterReduceBackward0',
    [self, src],
    result,
    ([grad], [savedSelf, savedSrc, savedResult]) => {
      const [selfGrad, srcGrad] = scatterReduceBackward(grad!, savedSelf!, d, index, savedSrc!, reduction, includeSelf, savedResult!);
      return [self.requiresGrad ? selfGrad : null, src.requiresGrad ? srcGrad : null];
    },
    [self, src, result],
  );
  return result;
}

/** How many values each element of a scatter_reduce 'mean' averages (at least 1), in self's dtype. */
function scatterCounts(self: Tensor, d: number, index: Tensor, src: Tensor, includeSelf: boolean): Tensor {
  const counts = scatterAdd(full(self.shape, includeSelf ? 1 : 0, self.dtype), d, index, full(src.shape, 1, self.dtype));
  return maskedFill(counts, eq(counts, wrapNumber(0, counts.dtype)), 1);
}

function scatterReduceBackward(
  grad: Tensor,
  self: Tensor,
  d: number,
  index: Tensor,
  src: Tensor,
  reduction: ScatterReduction,
  includeSelf: boolean,
  result: Tensor,
): [Tensor, Tensor] {
  const zero = wrapNumber(0, self.dtype);
  let selfGrad: Tensor;
  let srcGrad: Tensor;
  if (reduction === 'sum') {
    selfGrad = grad;
    srcGrad = gather(grad, d, index);
  } else if (reduction === 'prod') {
    // Products that exclude one factor, computed without dividing by a zero factor.
    const maskedSelf = maskedFill(self, eq(self, zero), 1);
    selfGrad = div(mul(grad, scatterReduce(maskedSelf, d, index, src, 'prod', includeSelf)), maskedSelf);
    const srcZero = eq(src, zero);
    const zerosPerPlace = gather(scatterAdd(zeros(self.shape, self.dtype), d, index, toDtype(srcZero, self.dtype)), d, index);
    const singleZero = bitwiseAnd(srcZero, eq(zerosPerPlace, wrapNumber(1, self.dtype)));
    const withoutSingleZero = scatterReduce(self, d, index, maskedFill(src, singleZero, 1), 'prod', includeSelf);
    srcGrad = where(singleZero, gather(mul(grad, withoutSingleZero), d, index), div(gather(mul(grad, result), d, index), maskedFill(src, srcZero, 1)));
  } else if (reduction === 'mean') {
    const counts = scatterCounts(self, d, index, src, includeSelf);
    selfGrad = div(grad, counts);
    srcGrad = div(gather(grad, d, index), gather(counts, d, index));
  } else {
    const value = gather(result, d, index);
    const selfIsResult = toDtype(eq(self, result), self.dtype);
    const srcIsResult = toDtype(eq(src, value), self.dtype);
    const distributed = div(grad, scatterAdd(selfIsResult, d, index, srcIsResult));
    selfGrad = mul(eq(self, result), distributed);
    srcGrad = mul(eq(src, value), gather(distributed, d, index));
  }
  if (!includeSelf) selfGrad = scatter(selfGrad, d, index, 0);
  return [selfGrad, srcGrad];
}

// ---- index_add, index_copy, index_fill: whole slices along a dim, picked by a 1-D index

/** `shape` without `dim` (a slice's shape). */
const sliceShape = (shape: Shape, dim: number): number[] => shape.filter((_, d) => d !== dim);

/**
 * A copy of `target` with the slices of `source` along `dim` combined into the slices `index` names, one index
 * after another. `source` is broadcast to the slices' shape, as PyTorch's slice-by-slice add_/copy_ does.
 */
function combineSlices(target: Tensor, dim: number, index: Tensor, source: Tensor, combine: Combine, alpha = 1): Tensor {
  const out = Tensor.fromStorage(materialize(target, target.shape, target.dtype).slice(), target.shape, target.dtype);
  const shape = sizesOf(target);
  shape[dim] = index.numel;
  const view = new Tensor(out.storage, shape, contiguousStrides(sizesOf(out)).map((stride, d) => (d === dim ? 0 : stride)), 0, out.dtype);
  const addressing = { ...selectAddressing(out, dim, index, shape), outOfBounds: () => indexError('index out of range in self') };
  combineAddressed(view, addressing, materialize(source, shape, out.dtype), combine, alpha);
  return out;
}

/** index_select's gradient: index_add into zeros (IndexAddBackward0, whose gradient for `source` is index_select again). */
function indexAddInto(target: Tensor, dim: number, index: Tensor, source: Tensor): Tensor {
  const out = combineSlices(target, dim, index, source, 'add');
  record('IndexAddBackward0', [target, source], out, ([grad]) => [target.requiresGrad ? grad : null, source.requiresGrad ? indexSelect(grad!, dim, index) : null]);
  return out;
}

/**
 * index_add(dim, index, source, alpha=): `self` with alpha × each slice of `source` along `dim` added to the
 * slice `index` names. For tensors of more than one dim PyTorch adds slice by slice through add_ (one fused
 * multiply-add per element); a 1-D self takes a scalar loop that rounds the product first.
 */
export function indexAdd(self: Tensor, dim: number, index: Tensor, source: Tensor, alpha = 1): Tensor {
  const d = normalizeDim(dim, self.ndim);
  if (index.ndim > 1) {
    throw indexError(`index_add_(): Index is supposed to be a vector, but got dim: ${index.ndim} with type: ${scalarTypeName(index.dtype)} and size: [${index.shape.join(', ')}]`);
  }
  if (!isIndexDtype(index.dtype)) throw runtimeError(`index_add_(): Expected dtype int32/int64 for index but got: ${scalarTypeName(index.dtype)}`);
  if (self.dtype !== source.dtype) {
    throw runtimeError(`index_add_(): self (${scalarTypeName(self.dtype)}) and source (${scalarTypeName(source.dtype)}) must have the same scalar type`);
  }
  const count = source.ndim === 0 ? 1 : source.shape[d]!;
  if (index.numel !== count) throw runtimeError(`index_add_(): Number of indices (${index.numel}) should be equal to source.size(dim): (${count}), for dim: ${d}`);
  if (self.ndim > 1) broadcastShapes(sliceShape(self.shape, d), sliceShape(source.shape, d));
  const scaled = self.ndim > 1 || alpha === 1 ? source : withGradMode(false, () => mul(source, wrapNumber(alpha, source.dtype)));
  const out = combineSlices(self, d, index, scaled, 'add', self.ndim > 1 ? castValue(alpha, self.dtype) : 1);
  record('IndexAddBackward0', [self, source], out, ([grad]) => [
    self.requiresGrad ? grad : null,
    source.requiresGrad ? maybeScaled(indexSelect(grad!, d, index), alpha) : null,
  ]);
  return out;
}

/** grad × alpha, left as is for alpha 1 (the gradient of index_add's source). */
const maybeScaled = (grad: Tensor, alpha: number): Tensor => (alpha === 1 ? grad : mul(grad, wrapNumber(alpha, grad.dtype)));

/** index_copy(dim, index, source): the slices `index` names replaced by `source`'s (IndexCopyBackward0). */
export function indexCopy(self: Tensor, dim: number, index: Tensor, source: Tensor): Tensor {
  const d = normalizeDim(dim, self.ndim);
  if (index.ndim > 1) throw indexError(`index_copy_(): Index should have dimension 1 or 0 (got ${index.ndim})`);
  if (source.ndim === 0 && index.numel !== 1) throw indexError(`index_copy_(): When source is scalar, index should have one element (got ${index.numel})`);
  if (source.ndim !== self.ndim && source.ndim !== 0 && self.ndim !== 0) {
    throw indexError(
      `index_copy_(): When source and destination are not scalars, their dimensionality must match. Source dimensionality (${source.ndim}), destination dimensionality (${self.ndim})`,
    );
  }
  if (index.dtype !== 'int64') throw runtimeError(`index_copy_(): Expected a long tensor for index, but got ${scalarTypeName(index.dtype)}`);
  if (self.dtype !== source.dtype) {
    throw runtimeError(`index_copy_(): self and source expected to have the same dtype, but got (self) ${scalarTypeName(self.dtype)} and (source) ${scalarTypeName(source.dtype)}`);
  }
  const selfSlice = sliceShape(self.shape, d);
  const sourceSlice = sliceShape(source.shape, d);
  if (!sameShape(selfSlice, sourceSlice)) {
    throw runtimeError(
      `index_copy_(): Source/destination tensor must have same slice shapes. Destination slice shape: ${selfSlice.join(' ')} at dimension ${d} and source slice shape: ${sourceSlice.join(' ')} at dimension 0.`,
    );
  }
  const count = source.ndim === 0 ? 1 : source.shape[d]!;
  if (source.ndim !== 0 && index.numel !== count) throw indexError(`index_copy_(): Number of indices (${index.numel}) should be equal to source.size(dim) (${count})`);
  const size = sizesOf(self)[d]!;
  const indices = index.contiguousData();
  for (const value of indices) {
    if (value < 0 || value >= size) throw indexError(`index_copy_(): index ${value} is out of bounds for dimension ${d} with size ${size}`);
  }
  const out = combineSlices(self, d, index, source, 'assign');
  record('IndexCopyBackward0', [self, source], out, ([grad]) => [
    self.requiresGrad ? indexFill(grad!, d, index, 0) : null,
    source.requiresGrad ? indexSelect(grad!, d, index) : null,
  ]);
  return out;
}

/**
 * index_fill(dim, index, value): the slices `index` names filled with a number (IndexFillBackward0) or a 0-d
 * tensor (IndexFillBackward1, whose gradient is the sum of the filled places' gradients).
 */
export function indexFill(self: Tensor, dim: number, index: Tensor, value: Tensor | number): Tensor {
  const d = normalizeDim(dim, self.ndim);
  if (index.dtype !== 'int64') throw indexError('index_fill_(): Expected dtype int64 for index.');
  if (value instanceof Tensor && value.ndim !== 0) {
    throw runtimeError(`index_fill_ only supports a 0-dimensional value tensor, but got tensor with ${value.ndim} dimension(s).`);
  }
  const size = sizesOf(self)[d]!;
  for (const position of index.contiguousData()) {
    if (position < -size || position >= size) throw indexError(`index ${position} is out of bounds for dimension ${d} with size ${size}`);
  }
  const wrapped = index.contiguousData().map((position) => (position < 0 ? position + size : position));
  const positions = Tensor.fromStorage(wrapped, [index.numel], 'int64');
  const fill = value instanceof Tensor ? materialize(value, [], self.dtype)[0]! : castValue(value, self.dtype);
  const out = combineSlices(self, d, positions, wrapNumber(fill, self.dtype), 'assign');
  const selfGrad = (grad: Tensor) => (self.requiresGrad ? indexFill(grad, d, positions, 0) : null);
  if (value instanceof Tensor) {
    record('IndexFillBackward1', [self, value], out, ([grad]) => [selfGrad(grad!), value.requiresGrad ? sum(indexSelect(grad!, d, positions)) : null]);
  } else {
    record('IndexFillBackward0', [self], out, ([grad]) => [selfGrad(grad!)]);
  }
  return out;
}

// ---- take, put, take_along_dim: positions in the flattened tensor

/** Flat positions (negative ones wrapped) checked against `numel`, as take and put_ check them. */
function flatPositions(index: Tensor, numel: number): Storage {
  const positions = index.contiguousData().slice();
  for (let i = 0; i < positions.length; i++) {
    const value = positions[i]!;
    if (value < -numel || value >= numel) throw indexError(`out of range: tried to access index ${value} on a tensor of ${numel} elements.`);
    if (value < 0) positions[i] = value + numel;
  }
  return positions;
}

/** take(index): the elements at flat positions, at the index's shape (TakeBackward0: put_ with accumulate). */
export function take(self: Tensor, index: Tensor): Tensor {
  if (index.dtype !== 'int64') throw runtimeError(`take(): Expected a long tensor for index, but got ${scalarTypeName(index.dtype)}`);
  const positions = flatPositions(index, self.numel);
  const data = self.contiguousData();
  const values = allocate(self.dtype, positions.length);
  for (let i = 0; i < positions.length; i++) values[i] = data[positions[i]!]!;
  const out = Tensor.fromStorage(values, index.shape, self.dtype);
  const selfShape = [...self.shape];
  record('TakeBackward0', [self], out, ([grad]) => [put(zeros(selfShape, grad!.dtype), index, grad!, true)]);
  return out;
}

/**
 * put(index, source, accumulate=): `self` with `source`'s elements written to (or added at) flat positions,
 * in order. PutBackward0: `source` gets the gradient taken at the positions.
 */
export function put(self: Tensor, index: Tensor, source: Tensor, accumulate = false): Tensor {
  if (index.dtype !== 'int64') throw runtimeError(`put_(): Expected a long tensor for index, but got ${scalarTypeName(index.dtype)}`);
  if (self.dtype !== source.dtype) {
    throw runtimeError(`put_(): self and source expected to have the same dtype, but got self.dtype = ${scalarTypeName(self.dtype)} and source.dtype = ${scalarTypeName(source.dtype)}`);
  }
  if (source.numel !== index.numel) {
    throw indexError(`put_(): Expected source and index to have the same number of elements, but got source.numel() = ${source.numel}, index.numel() = ${index.numel}`);
  }
  const positions = flatPositions(index, self.numel);
  const values = materialize(self, self.shape, self.dtype).slice();
  const written = source.contiguousData();
  for (let i = 0; i < positions.length; i++) values[positions[i]!] = accumulate ? values[positions[i]!]! + written[i]! : written[i]!;
  const out = Tensor.fromStorage(values, self.shape, self.dtype);
  const sourceShape = [...source.shape];
  record('PutBackward0', [self, source], out, ([grad]) => [
    !self.requiresGrad ? null : accumulate ? grad : put(grad!, index, zeros(sourceShape, grad!.dtype)),
    source.requiresGrad ? reshape(take(grad!, index), sourceShape) : null,
  ]);
  return out;
}

/**
 * take_along_dim(indices, dim): gather along `dim` after broadcasting input and indices against each other
 * (all dims but `dim`); without a dim, gather from the flattened input.
 */
export function takeAlongDim(self: Tensor, indices: Tensor, dim?: number): Tensor {
  if (dim === undefined) return gather(view(self, [-1]), 0, view(indices, [-1]));
  if (self.ndim !== indices.ndim) {
    throw runtimeError(
      `torch.take_along_dim(): input and indices should have the same number of dimensions, but got ${self.ndim} dimensions for input, and ${indices.ndim} dimensions for indices`,
    );
  }
  if (indices.dtype !== 'int64') throw runtimeError(`torch.take_along_dim(): dtype of indices should be Long but got ${scalarTypeName(indices.dtype)}`);
  const d = normalizeDim(dim, self.ndim);
  const selfSizes = [...self.shape];
  selfSizes[d] = indices.shape[d]!;
  const indicesBroadcast = expand(indices, broadcastShapes(selfSizes, indices.shape));
  const indexSizes = [...indices.shape];
  indexSizes[d] = self.shape[d]!;
  const selfBroadcast = expand(self, broadcastShapes(indexSizes, self.shape));
  return gather(selfBroadcast, d, indicesBroadcast);
}

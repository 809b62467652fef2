// tensor[key] and tensor[key] = value, as PyTorch applies a parsed key: ints, slices, None and Ellipsis act
// first, one after another, as views (select, slice, unsqueeze); index tensors, bool masks and lists are
// collected by the dim they stand at and then applied together as one advanced index, which copies.
import { allocate, checkedScalar, isIntegral, scalarTypeName } from '../dtype';
import { indexError, runtimeError, TorchError, valueError } from '../errors';
import { isGradEnabled } from '../autograd/gradMode';
import { broadcastShapes, contiguousStrides, numel, sameShape, type Shape } from '../shape';
import { Tensor, copyStrided, scatterStrided } from '../tensor';
import { clone } from './copy';
import { fromNested, zeros } from './creation';
import { checkNotViewWithoutGrad, copyInPlace } from './inplace';
import { broadcastView, materialize, writeInto, wrapNumber } from './elementwise';
import { putAddressed, takeAddressed, type Addressing } from './gather';
import { record, zeroGradient } from './record';
import { sum, sumToShape } from './reduce';
import { expand, select, slice, unsqueeze, view } from './views';
import { cat } from './join';
import { ne } from './comparison';

/** A Python slice; a missing bound or step is null. */
export interface SliceItem {
  start: number | null;
  stop: number | null;
  step: number | null;
}

/** Python's Ellipsis (`...`) in an index. */
export const ELLIPSIS = '...';

/**
 * One element of an index key: an int, a bool, None (null: a new axis), Ellipsis, a slice, an int64 or bool
 * tensor, or a list of ints or bools (which acts as a tensor).
 */
export type IndexItem = number | boolean | null | typeof ELLIPSIS | SliceItem | Tensor | readonly number[] | readonly boolean[];

const TOO_MANY = (rank: number) => indexError(`too many indices for tensor of dimension ${rank}`);

/** The key after its basic items: the view they produce, and the index tensors recorded by dim of that view. */
interface Sliced {
  view: Tensor;
  indices: Array<Tensor | null>;
}

function asIndexTensor(item: Tensor | readonly number[] | readonly boolean[]): Tensor {
  if (item instanceof Tensor) return item;
  const bools = item.length > 0 && item.every((value) => typeof value === 'boolean');
  return fromNested(item as number[], bools ? 'bool' : 'int64');
}

/** How many dims of the tensor a key item consumes (a bool mask one per mask dim; None, Ellipsis and bools none). */
function consumedDims(item: IndexItem): number {
  if (item === null || item === ELLIPSIS || typeof item === 'boolean') return 0;
  if (item instanceof Tensor) return item.dtype === 'bool' ? item.ndim : 1;
  return 1;
}

/** The start and stop of a slice with step > 0 over `size` elements, clamped as Python does. */
function sliceBounds({ start, stop, step }: SliceItem, size: number): [number, number, number] {
  const stride = step ?? 1;
  if (stride === 0) throw valueError('slice step cannot be zero');
  if (stride < 0) throw valueError('step must be greater than zero');
  const clamp = (bound: number) => Math.min(Math.max(bound < 0 ? bound + size : bound, 0), size);
  const from = clamp(start ?? 0);
  const to = Math.max(clamp(stop ?? size), from);
  return [from, to, stride];
}

/** Applies the basic items in order, collecting index tensors at the dim where each stands (PyTorch's applySlicing). */
function applyBasic(tensor: Tensor, items: readonly IndexItem[]): Sliced {
  const specified = items.reduce((count: number, item) => count + consumedDims(item), 0);
  if (specified > tensor.ndim) throw TOO_MANY(tensor.ndim);
  let view = tensor;
  const indices: Array<Tensor | null> = [];
  const recordIndex = (dim: number, index: Tensor) => {
    while (indices.length < dim) indices.push(null);
    indices[dim] = index;
  };
  let dim = 0;
  // An out-of-range int is reported with its position in the key (PyTorch's real_dim).
  for (const [position, item] of items.entries()) {
    if (item === ELLIPSIS) {
      dim += tensor.ndim - specified;
    } else if (item === null) {
      view = unsqueeze(view, dim++);
    } else if (typeof item === 'boolean' || (item instanceof Tensor && item.ndim === 0 && item.dtype === 'bool')) {
      // A bool adds a dim of size 1 and keeps it (True) or empties it (False).
      const keep = typeof item === 'boolean' ? item : item.storage[item.offset] !== 0;
      view = unsqueeze(view, dim);
      recordIndex(dim++, fromNested([keep], 'bool'));
    } else if (typeof item === 'number') {
      const size = view.shape[dim]!;
      if (item < -size || item >= size) throw indexError(`index ${item} is out of bounds for dimension ${position} with size ${size}`);
      view = select(view, dim, item);
    } else if (item instanceof Tensor && item.ndim === 0 && isIntegral(item.dtype)) {
      view = select(view, dim, item.storage[item.offset]!);
    } else if (item instanceof Tensor || Array.isArray(item)) {
      recordIndex(dim++, asIndexTensor(item as Tensor | readonly number[]));
    } else {
      const [start, stop, step] = sliceBounds(item as SliceItem, view.shape[dim] ?? 0);
      view = slice(view, dim++, start, stop, step);
    }
  }
  return { view, indices };
}

/** What the single-item forms of a key check on a 0-d tensor before anything else. */
function checkZeroDimKey(tensor: Tensor, items: readonly IndexItem[]): void {
  if (tensor.ndim !== 0 || items.length !== 1) return;
  const [item] = items;
  if (typeof item === 'number') {
    throw indexError('invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number');
  }
  if (item !== null && typeof item === 'object' && !(item instanceof Tensor) && !Array.isArray(item)) {
    throw indexError('slice() cannot be applied to a 0-dim tensor.');
  }
}

/** The advanced part of a key: int64 index tensors (masks turned into their nonzero positions) for some dims of a tensor. */
interface AdvancedIndex {
  /** The indexed dims, and one index per indexed dim, broadcast to `broadcastShape`. */
  dims: number[];
  indices: Tensor[];
  broadcastShape: number[];
  resultShape: number[];
  /** Where the broadcast dims sit in the result: at the first indexed dim if the indexed dims are adjacent, else first. */
  placement: number;
}

/** The coordinates of a mask's true elements, one int64 tensor per mask dim (nonzero). */
function maskCoordinates(mask: Tensor): Tensor[] {
  const data = mask.contiguousData();
  let count = 0;
  for (let i = 0; i < data.length; i++) if (data[i] !== 0) count++;
  const coordinates = mask.shape.map(() => allocate('int64', count));
  const strides = contiguousStrides(mask.shape);
  let found = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0) continue;
    let rest = i;
    for (let d = 0; d < strides.length; d++) {
      coordinates[d]![found] = Math.floor(rest / strides[d]!);
      rest %= strides[d]!;
    }
    found++;
  }
  return coordinates.map((values) => Tensor.fromStorage(values, [count], 'int64'));
}

function planAdvanced(tensor: Tensor, recorded: ReadonlyArray<Tensor | null>): AdvancedIndex {
  for (const index of recorded) {
    if (index && index.dtype !== 'int64' && index.dtype !== 'bool') throw indexError('tensors used as indices must be long, byte or bool tensors');
  }
  // Masks expand in place into one index per mask dim, shifting the entries after them.
  const expanded: Array<Tensor | null> = [];
  for (const index of recorded) {
    if (!index || index.dtype !== 'bool') {
      expanded.push(index);
      continue;
    }
    const start = expanded.length;
    index.shape.forEach((size, j) => {
      if (tensor.shape[start + j] !== size) {
        throw indexError(`The shape of the mask [${index.shape.join(', ')}] at index ${j} does not match the shape of the indexed tensor [${tensor.shape.join(', ')}] at index ${start + j}`);
      }
    });
    expanded.push(...maskCoordinates(index));
  }
  if (expanded.length > tensor.ndim) throw indexError(`too many indices for tensor of dimension ${tensor.ndim} (got ${expanded.length})`);
  const dims = expanded.flatMap((index, d) => (index ? [d] : []));
  const present = dims.map((d) => expanded[d]!);
  let broadcastShape: number[] = [];
  try {
    for (const index of present) broadcastShape = broadcastShapes(broadcastShape, index.shape);
  } catch {
    throw indexError(`shape mismatch: indexing tensors could not be broadcast together with shapes ${present.map((index) => `[${index.shape.join(', ')}]`).join(', ')}`);
  }
  const adjacent = dims[dims.length - 1]! - dims[0]! === dims.length - 1;
  const rest = tensor.shape.filter((_, d) => !dims.includes(d));
  const placement = adjacent ? dims[0]! : 0;
  const resultShape = [...rest.slice(0, placement), ...broadcastShape, ...rest.slice(placement)];
  const indices = present.map((index) => broadcastView(index, broadcastShape));
  return { dims, indices, broadcastShape, resultShape, placement };
}

/**
 * `target` (at the indexed tensor's shape) seen at the result shape with its indexed dims at stride 0, and how
 * the index values address it: what the index kernels walk.
 */
function addressAt(target: Tensor, plan: AdvancedIndex): [Tensor, Addressing] {
  const { dims, indices, broadcastShape, resultShape, placement } = plan;
  const broadcastRank = broadcastShape.length;
  const spread = (restStrides: readonly number[], broadcastStrides: readonly number[]) => [
    ...restStrides.slice(0, placement),
    ...broadcastStrides,
    ...restStrides.slice(placement),
  ];
  const restStrides = target.strides.filter((_, d) => !dims.includes(d));
  const zerosForRest = new Array<number>(restStrides.length).fill(0);
  const walked = new Tensor(target.storage, resultShape, spread(restStrides, new Array<number>(broadcastRank).fill(0)), target.offset, target.dtype);
  const addressing: Addressing = {
    indices: indices.map((index) => new Tensor(index.storage, resultShape, spread(zerosForRest, index.strides), index.offset, 'int64')),
    strides: dims.map((d) => target.strides[d]!),
    sizes: dims.map((d) => target.shape[d]!),
    negativeWraps: true,
    outOfBounds: (value, which, size) => indexError(`index ${value} is out of bounds for dimension ${which} with size ${size}`),
  };
  return [walked, addressing];
}

/** The addressed elements, as a new tensor: IndexBackward0, whose backward index_puts into zeros. */
function takeIndexed(tensor: Tensor, plan: AdvancedIndex): Tensor {
  const out = Tensor.fromStorage(takeAddressed(...addressAt(tensor, plan)), plan.resultShape, tensor.dtype);
  const shape = [...tensor.shape];
  record('IndexBackward0', [tensor], out, ([grad]) => [putIndexed(zeros(shape, grad!.dtype), plan, grad!, true, 'IndexPutImplBackward0')]);
  return out;
}

/**
 * index_put out of place: `tensor` with `values` written at (or, accumulating, added to) the addressed elements.
 * Recorded as `name`: IndexPutImplBackward0 inside IndexBackward0's backward, IndexPutBackward0 otherwise.
 */
function putIndexed(tensor: Tensor, plan: AdvancedIndex, values: Tensor, accumulate: boolean, name: string): Tensor {
  const out = Tensor.fromStorage(materialize(tensor, tensor.shape, tensor.dtype).slice(), tensor.shape, tensor.dtype);
  putAddressed(...addressAt(out, plan), materialize(values, plan.resultShape, out.dtype), accumulate);
  const valuesShape = [...values.shape];
  record(name, [tensor, values], out, ([grad]) => [
    !tensor.requiresGrad ? null : accumulate ? grad : putIndexed(grad!, plan, zeros(valuesShape, grad!.dtype), false, 'IndexPutBackward0'),
    values.requiresGrad ? sumToShape(takeIndexed(grad!, plan), valuesShape) : null,
  ]);
  return out;
}

/** tensor[items]: a view for basic keys, a copy when the key holds index tensors, masks or lists. */
export function index(tensor: Tensor, items: readonly IndexItem[]): Tensor {
  checkZeroDimKey(tensor, items);
  const { view: sliced, indices } = applyBasic(tensor, items);
  if (indices.length === 0) return sliced === tensor ? alias(tensor) : sliced;
  return takeIndexed(sliced, planAdvanced(sliced, indices));
}

/** A view of the whole tensor (what `t[...]` returns). */
function alias(tensor: Tensor): Tensor {
  const out = tensor.viewAs(tensor.shape, tensor.strides, tensor.offset);
  record('AliasBackward0', [tensor], out, ([grad]) => [grad]);
  return out;
}

/** Whether a value of `shape` broadcasts to exactly `target`. */
function broadcastsTo(shape: Shape, target: Shape): boolean {
  const lead = target.length - shape.length;
  return lead >= 0 && shape.every((size, d) => size === 1 || size === target[lead + d]);
}

/** Drops leading size-1 dims, as PyTorch views an assigned value before broadcasting it. */
function withoutLeadingOnes(shape: Shape): number[] {
  const first = shape.findIndex((size) => size !== 1);
  return first === -1 ? [] : shape.slice(first);
}

/** PyTorch's check before an in-place write that autograd would have to record. */
function checkInPlaceAllowed(target: Tensor, value: Tensor): void {
  if (!isGradEnabled() || !(target.requiresGrad || value.requiresGrad)) return;
  if (target.requiresGrad) checkNotViewWithoutGrad(target);
  if (target.base && target.requiresGrad && target.base.isLeaf) {
    throw runtimeError('a view of a leaf Variable that requires grad is being used in an in-place operation.');
  }
  if (target.isLeaf && target.requiresGrad) throw runtimeError('a leaf Variable that requires grad is being used in an in-place operation.');
  // The graph records the write by its place in the base: refuse before writing if that cannot be expressed.
  regionInBase(target, target.base ?? target);
}

/** Where a view's elements sit inside its base, laid out contiguously (the geometry CopySlices works on). */
interface Region {
  shape: number[];
  strides: number[];
  offset: number;
}

function regionInBase(tensor: Tensor, base: Tensor): Region {
  if (!base.isContiguous()) {
    throw new TorchError('NotImplementedError', 'in-place writes through views of non-contiguous tensors that need grad are not supported in agnb yet');
  }
  return { shape: [...tensor.shape], strides: [...tensor.strides], offset: tensor.offset - base.offset };
}

const regionOf = (tensor: Tensor, { shape, strides, offset }: Region) => new Tensor(tensor.storage, shape, strides, offset, tensor.dtype);

/**
 * tensor[items] = value, in place. Basic keys copy into the view they select; keys with index tensors write
 * through index_put. When autograd is involved, the written tensor's base is recorded as CopySlices over the
 * write (a tensor that is itself the base: IndexPutBackward0 or CopyBackwards), and a written view is given
 * AsStridedBackward0 onto its base.
 */
export function indexPut(tensor: Tensor, items: readonly IndexItem[], assigned: Tensor | number | boolean): void {
  if (items.length === 1 && items[0] === false) return;
  let value = assigned instanceof Tensor ? assigned : wrapNumber(Number(assigned), tensor.dtype);
  const { view: sliced, indices } = applyBasic(tensor, items);
  const plan = indices.length > 0 ? planAdvanced(sliced, indices) : null;
  if (plan) {
    if (value.dtype !== sliced.dtype) {
      throw runtimeError(`Index put requires the source and destination dtypes match, got ${scalarTypeName(sliced.dtype)} for the destination and ${scalarTypeName(value.dtype)} for the source.`);
    }
    const stripped = withoutLeadingOnes(value.shape);
    if (stripped.length !== value.ndim) value = view(value, stripped);
    if (!broadcastsTo(value.shape, plan.resultShape)) {
      throw runtimeError(`shape mismatch: value tensor of shape [${value.shape.join(', ')}] cannot be broadcast to indexing result of shape [${plan.resultShape.join(', ')}]`);
    }
    checkInPlaceAllowed(sliced, value);
    putAddressed(...addressAt(sliced, plan), materialize(value, plan.resultShape, sliced.dtype), false);
    sliced.version.value++;
  } else {
    if (value.ndim !== 0 && !sameShape(value.shape, sliced.shape)) {
      value = view(value, withoutLeadingOnes(value.shape));
      if (!sameShape(value.shape, sliced.shape)) value = expand(value, sliced.shape);
    }
    checkInPlaceAllowed(sliced, value);
    writeInto(sliced, materialize(value, sliced.shape, sliced.dtype));
  }
  recordWrite(tensor, sliced, value, plan);
}

/** The graph after a write into `sliced` (part of `tensor`): see indexPut. */
function recordWrite(tensor: Tensor, sliced: Tensor, value: Tensor, plan: AdvancedIndex | null): void {
  if (!isGradEnabled() || !(sliced.requiresGrad || value.requiresGrad)) return;
  const base = sliced.base ?? sliced;
  const region = regionInBase(sliced, base);
  const valueShape = [...value.shape];
  const name = sliced !== base ? 'CopySlices' : plan ? 'IndexPutBackward0' : 'CopyBackwards';
  record(name, [base, value], base, ([grad]) => {
    // The written elements' gradient goes to the value; in the base's gradient they become zeros. Through a
    // view, PyTorch copies the gradient (CopyBackwards) and clones the view's region of it (CloneBackward0).
    const copied = sliced === base ? grad! : copyInPlace(zeros(grad!.shape, grad!.dtype), grad!);
    const written = sliced === base ? grad! : clone(takeRegion(copied, region));
    const valueGrad = plan ? takeIndexed(written, plan) : written;
    const cleared = plan ? putIndexed(written, plan, zeros(valueShape, grad!.dtype), false, 'IndexPutBackward0') : zeroGradient(written.shape, grad!.dtype);
    const baseGrad = sliced === base ? cleared : replaceRegion(copied, region, cleared);
    return [baseGrad, value.requiresGrad ? sumToShape(valueGrad, valueShape) : null];
  });
  if (tensor !== base) {
    const own = regionInBase(tensor, base);
    const baseShape = [...base.shape];
    record('AsStridedBackward0', [base], tensor, ([grad]) => [replaceRegion(zeros(baseShape, grad!.dtype), own, grad!)]);
  }
}

/** A copy of the elements of `tensor` (laid out contiguously) that `region` covers: AsStridedBackward0. */
function takeRegion(tensor: Tensor, region: Region): Tensor {
  const laidOut = Tensor.fromStorage(materialize(tensor, tensor.shape, tensor.dtype), tensor.shape, tensor.dtype);
  const values = allocate(tensor.dtype, numel(region.shape));
  copyStrided(regionOf(laidOut, region), values);
  const out = Tensor.fromStorage(values, region.shape, tensor.dtype);
  const shape = [...tensor.shape];
  record('AsStridedBackward0', [tensor], out, ([grad]) => [replaceRegion(zeros(shape, grad!.dtype), region, grad!)]);
  return out;
}

/** A copy of `tensor` (laid out contiguously) with the elements `region` covers replaced by `values`: CopySlices. */
function replaceRegion(tensor: Tensor, region: Region, values: Tensor): Tensor {
  const out = Tensor.fromStorage(materialize(tensor, tensor.shape, tensor.dtype).slice(), tensor.shape, tensor.dtype);
  scatterStrided(regionOf(out, region), materialize(values, region.shape, tensor.dtype));
  const regionShape = [...region.shape];
  record('CopySlices', [tensor, values], out, ([grad]) => [
    tensor.requiresGrad ? replaceRegion(grad!, region, zeros(regionShape, grad!.dtype)) : null,
    values.requiresGrad ? sumToShape(takeRegion(grad!, region), values.shape) : null,
  ]);
  return out;
}

/**
 * masked_fill(mask, value): `value` where the bool mask (broadcast with the tensor) is true. A number value
 * records MaskedFillBackward0; a 0-d tensor value records MaskedFillBackward1, whose gradient is the masked sum.
 */
export function maskedFill(tensor: Tensor, mask: Tensor, value: Tensor | number): Tensor {
  if (mask.dtype !== 'bool') throw new TorchError('NotImplementedError', `agnb: masked_fill supports bool masks only (got ${mask.dtype})`);
  if (value instanceof Tensor && value.ndim !== 0) {
    throw runtimeError(`masked_fill_ only supports a 0-dimensional value tensor, but got tensor with ${value.ndim} dimension(s).`);
  }
  const shape = broadcastShapes(mask.shape, tensor.shape);
  const out = Tensor.fromStorage(materialize(tensor, shape, tensor.dtype).slice(), shape, tensor.dtype);
  const fill = value instanceof Tensor ? materialize(value, [], tensor.dtype)[0]! : checkedScalar(value, tensor.dtype);
  const where = materialize(mask, shape, 'bool');
  const data = out.storage;
  for (let i = 0; i < data.length; i++) if (where[i] !== 0) data[i] = fill;
  const inputShape = [...tensor.shape];
  const selfGrad = (grad: Tensor) => (tensor.requiresGrad ? sumToShape(maskedFill(grad, mask, 0), inputShape) : null);
  if (value instanceof Tensor) {
    record('MaskedFillBackward1', [tensor, value], out, ([grad]) => [selfGrad(grad!), value.requiresGrad ? sum(index(grad!, [broadcastView(mask, grad!.shape)])) : null]);
  } else {
    record('MaskedFillBackward0', [tensor], out, ([grad]) => [selfGrad(grad!)]);
  }
  return out;
}

/** nonzero(): the coordinates of the nonzero elements, one row each ([count, ndim], int64). */
export function nonzero(tensor: Tensor): Tensor {
  const coordinates = maskCoordinates(tensor);
  const count = tensor.ndim === 0 ? (tensor.storage[tensor.offset] !== 0 ? 1 : 0) : coordinates[0]?.numel ?? 0;
  const out = allocate('int64', count * tensor.ndim);
  coordinates.forEach((column, d) => {
    for (let i = 0; i < count; i++) out[i * tensor.ndim + d] = column.storage[i]!;
  });
  return Tensor.fromStorage(out, [count, tensor.ndim], 'int64');
}

/** nonzero(as_tuple=True) and where(condition): one int64 index tensor per dim (a 0-d tensor counts as 1-D). */
export function nonzeroTuple(tensor: Tensor): Tensor[] {
  return maskCoordinates(tensor.ndim === 0 ? view(tensor, [1]) : tensor);
}

/**
 * index_put(indices, values, accumulate=) out of place: a copy of `tensor` with `values` written at (or added
 * to) the elements the index tensors address, one per leading dim (null skips a dim): IndexPutBackward0.
 */
export function indexPutTensors(tensor: Tensor, indices: ReadonlyArray<Tensor | null>, values: Tensor, accumulate: boolean): Tensor {
  const plan = planAdvanced(tensor, indices);
  if (values.dtype !== tensor.dtype) {
    throw runtimeError(`Index put requires the source and destination dtypes match, got ${scalarTypeName(tensor.dtype)} for the destination and ${scalarTypeName(values.dtype)} for the source.`);
  }
  const stripped = withoutLeadingOnes(values.shape);
  const value = stripped.length === values.ndim ? values : view(values, stripped);
  if (!broadcastsTo(value.shape, plan.resultShape)) {
    throw runtimeError(`shape mismatch: value tensor of shape [${values.shape.join(', ')}] cannot be broadcast to indexing result of shape [${plan.resultShape.join(', ')}]`);
  }
  return putIndexed(tensor, plan, value, accumulate, 'IndexPutBackward0');
}

function requireBoolMask(mask: Tensor, op: string): void {
  if (mask.dtype !== 'bool') throw runtimeError(`${op}: expected BoolTensor or ByteTensor for mask`);
}

/** masked_select(mask): the elements where the mask (broadcast with the tensor) is true, row-major, as a 1-D tensor. */
export function maskedSelect(tensor: Tensor, mask: Tensor): Tensor {
  requireBoolMask(mask, 'masked_select');
  const shape = broadcastShapes(mask.shape, tensor.shape);
  const where = materialize(mask, shape, 'bool');
  const data = materialize(tensor, shape, tensor.dtype);
  let count = 0;
  for (let i = 0; i < where.length; i++) if (where[i] !== 0) count++;
  const values = allocate(tensor.dtype, count);
  for (let i = 0, found = 0; i < where.length; i++) if (where[i] !== 0) values[found++] = data[i]!;
  const out = Tensor.fromStorage(values, [count], tensor.dtype);
  const inputShape = [...tensor.shape];
  record('MaskedSelectBackward0', [tensor], out, ([grad]) => [sumToShape(maskedScatter(zeros(shape, grad!.dtype), mask, grad!), inputShape)]);
  return out;
}

/**
 * masked_scatter(mask, source): the tensor (broadcast with the mask) with its masked elements replaced, in
 * row-major order, by `source`'s first elements. MaskedScatterBackward0: `source` gets the masked gradient,
 * padded with zeros to its size.
 */
export function maskedScatter(tensor: Tensor, mask: Tensor, source: Tensor): Tensor {
  requireBoolMask(mask, 'masked_scatter_');
  if (tensor.dtype !== source.dtype) {
    throw runtimeError(`masked_scatter: expected self and source to have same dtypes but got${scalarTypeName(tensor.dtype)} and ${scalarTypeName(source.dtype)}`);
  }
  const shape = broadcastShapes(mask.shape, tensor.shape);
  const where = materialize(mask, shape, 'bool');
  const values = materialize(tensor, shape, tensor.dtype).slice();
  const replacements = source.contiguousData();
  let used = 0;
  for (let i = 0; i < where.length; i++) {
    if (where[i] === 0) continue;
    if (used === replacements.length) throw runtimeError('Number of elements of source < number of ones in mask');
    values[i] = replacements[used++]!;
  }
  const out = Tensor.fromStorage(values, shape, tensor.dtype);
  const inputShape = [...tensor.shape];
  const sourceShape = [...source.shape];
  record('MaskedScatterBackward0', [tensor, source], out, ([grad]) => {
    if (!source.requiresGrad) return [sumToShape(maskedFill(grad!, mask, 0), inputShape), null];
    const selected = maskedSelect(grad!, mask);
    const missing = source.numel - selected.numel;
    const padded = missing > 0 ? cat([selected, zeros([missing], grad!.dtype)]) : selected;
    return [tensor.requiresGrad ? sumToShape(maskedFill(grad!, mask, 0), inputShape) : null, view(padded, sourceShape)];
  });
  return out;
}

/** count_nonzero(dim=): how many elements are not zero, over all dims or the given ones (int64). */
export function countNonzero(tensor: Tensor, dims?: readonly number[]): Tensor {
  return sum(ne(tensor, wrapNumber(0, tensor.dtype)), dims ?? []);
}

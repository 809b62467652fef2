// Sorting and selection along a dim: sort/argsort/msort, topk, kthvalue, median/nanmedian, mode, unique and
// unique_consecutive. Which of several equal elements wins follows PyTorch's CPU kernels step by step: sort,
// topk and mode run libstdc++'s algorithms (kernels/stdSort.ts) with PyTorch's comparators, kthvalue its own
// Sedgewick quickselect; NaN counts as larger than every number.
import { allocate, isFloating, scalarTypeName, type Storage } from '../dtype';
import { indexError, runtimeError, TorchError } from '../errors';
import { normalizeDim, numel, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { nthElement, partialSort, stdSort, type Less } from '../kernels/stdSort';
import { zeros } from './creation';
import { evenlyDistributeBackward, valueSelectingBackward, type ValuesAndIndices } from './extrema';
import { record } from './record';
import { reducedShape } from './reduce';
import { newTensor, reductionLayout } from './statistics';
import { stack } from './join';

/** One slice along `dim` at a time: its values (as doubles) and the ids 0..n-1 an algorithm permutes. */
interface Rows {
  count: number;
  size: number;
  /** Offset of row `o`'s first element in the contiguous input, and the distance between its elements. */
  bases: Int32Array;
  stride: number;
  data: Storage;
}

function rowsAlong(tensor: Tensor, dim: number): Rows {
  const { outputs, elements } = reductionLayout(tensor.shape, tensor.ndim === 0 ? [] : [dim]);
  return { count: outputs.length, size: tensor.ndim === 0 ? 1 : tensor.shape[dim]!, bases: outputs, stride: elements.length > 1 ? elements[1]! : 1, data: tensor.contiguousData() };
}

function loadRow(rows: Rows, o: number, row: Float64Array, ids: Int32Array): void {
  const base = rows.bases[o]!;
  for (let j = 0; j < rows.size; j++) {
    row[j] = rows.data[base + j * rows.stride]!;
    ids[j] = j;
  }
}

/**
 * Runs `order` on every row and writes the first `kept` ids of each (values and positions) into a result of
 * `shape` (the input's, with `kept` along `dim`).
 */
function selectRows(tensor: Tensor, dim: number, kept: number, shape: Shape, order: (row: Float64Array, ids: Int32Array) => void): ValuesAndIndices {
  const rows = rowsAlong(tensor, dim);
  const values = allocate(tensor.dtype, numel(shape));
  const indices = new Float64Array(values.length);
  const { outputs, elements } = reductionLayout(shape, shape.length === 0 ? [] : [dim]);
  const outStride = elements.length > 1 ? elements[1]! : 1;
  const row = new Float64Array(rows.size);
  const ids = new Int32Array(rows.size);
  for (let o = 0; o < rows.count && kept > 0; o++) {
    loadRow(rows, o, row, ids);
    order(row, ids);
    const base = outputs[o]!;
    for (let j = 0; j < kept; j++) {
      values[base + j * outStride] = row[ids[j]!]!;
      indices[base + j * outStride] = ids[j]!;
    }
  }
  return { values: newTensor(values, shape, tensor.dtype), indices: newTensor(indices, shape, 'int64') };
}

// PyTorch's comparators: NaN sorts above every number (first when descending).
const ascending = (row: Float64Array): Less => (a, b) => {
  const x = row[a]!;
  const y = row[b]!;
  return (x === x && y !== y) || x < y;
};
const descending = (row: Float64Array): Less => (a, b) => {
  const x = row[a]!;
  const y = row[b]!;
  return (x !== x && y === y) || x > y;
};

/** Records a selection's node: the gradient goes back to the positions its values came from. */
function recordSelection(name: string, input: Tensor, out: ValuesAndIndices, dim: number, keepdim: boolean): void {
  const inputShape = [...input.shape];
  record(name, [input], out.values, ([grad], [indices]) => [valueSelectingBackward(grad!, indices!, inputShape, dim, keepdim)], [out.indices]);
}

/**
 * sort(dim, descending, stable): std::sort of each row, or a stable sort with stable=True; equal elements end
 * in PyTorch's order. Passing stable at all (even False) is PyTorch's other overload, recorded as SortBackward1.
 */
export function sort(tensor: Tensor, dim = -1, descendingOrder = false, stable?: boolean): ValuesAndIndices {
  const d = normalizeDim(dim, tensor.ndim);
  const out = selectRows(tensor, d, tensor.ndim === 0 ? 1 : tensor.shape[d]!, tensor.shape, (row, ids) => {
    const less = descendingOrder ? descending(row) : ascending(row);
    if (stable) ids.set(Int32Array.from(ids).sort((a, b) => (less(a, b) ? -1 : less(b, a) ? 1 : a - b)));
    else stdSort(ids, 0, ids.length, less);
  });
  recordSelection(stable === undefined ? 'SortBackward0' : 'SortBackward1', tensor, out, d, true);
  return out;
}

export const argsort = (tensor: Tensor, dim = -1, descendingOrder = false, stable?: boolean): Tensor => sort(tensor, dim, descendingOrder, stable).indices;

/** msort: the values of sort along dim 0. */
export const msort = (tensor: Tensor): Tensor => sort(tensor, 0).values;

function notForBool(tensor: Tensor, kernel: string): void {
  if (tensor.dtype === 'bool') throw runtimeError(`"${kernel}" not implemented for '${scalarTypeName(tensor.dtype)}'`);
}

/** topk(k, dim, largest, sorted): partial_sort when k * 64 <= n, else nth_element then (sorted) std::sort of the first k - 1. */
export function topk(tensor: Tensor, k: number, dim = -1, largest = true, sorted = true): ValuesAndIndices {
  const d = normalizeDim(dim, tensor.ndim);
  const size = tensor.ndim === 0 ? 1 : tensor.shape[d]!;
  if (k < 0 || k > size) throw runtimeError('selected index k out of range');
  notForBool(tensor, 'topk_cpu');
  const shape = [...tensor.shape];
  if (tensor.ndim > 0) shape[d] = k;
  const out = selectRows(tensor, d, k, shape, (row, ids) => {
    const less = largest ? descending(row) : ascending(row);
    if (k * 64 <= size) partialSort(ids, 0, k, size, less);
    else {
      nthElement(ids, 0, k - 1, size, less);
      if (sorted) stdSort(ids, 0, k - 1, less);
    }
  });
  recordSelection('TopkBackward0', tensor, out, d, true);
  return out;
}

/** PyTorch's quick_select_template: Sedgewick's quickselect, swapping values and positions together. */
function quickSelect(row: Float64Array, ids: Int32Array, k: number): void {
  const greaterOrNan = (x: number, y: number) => (x !== x && y === y) || x > y;
  const swap = (i: number, j: number) => {
    const value = row[i]!;
    row[i] = row[j]!;
    row[j] = value;
    const id = ids[i]!;
    ids[i] = ids[j]!;
    ids[j] = id;
  };
  let left = 0;
  let right = row.length - 1;
  for (;;) {
    if (right <= left) return;
    if (right === left + 1) {
      if (greaterOrNan(row[left]!, row[right]!)) swap(left, right);
      return;
    }
    swap((left + right) >> 1, left + 1);
    if (greaterOrNan(row[left + 1]!, row[right]!)) swap(left + 1, right);
    if (greaterOrNan(row[left]!, row[right]!)) swap(left, right);
    if (greaterOrNan(row[left + 1]!, row[left]!)) swap(left + 1, left);
    let i = left + 1;
    let j = right;
    const pivot = row[left]!;
    for (;;) {
      do i++;
      while (greaterOrNan(pivot, row[i]!));
      do j--;
      while (greaterOrNan(row[j]!, pivot));
      if (j < i) break;
      swap(i, j);
    }
    swap(left, j);
    if (j <= k) left = i;
    if (j >= k) right = j - 1;
  }
}

function checkReducedDimNotEmpty(name: string, tensor: Tensor, dim: number): void {
  if (tensor.ndim > 0 && tensor.shape[dim] === 0) throw indexError(`${name}(): Expected reduction dim ${dim} to have non-zero size.`);
}

/** Runs `pick` on each row; it returns the id of the row's chosen element. */
function pickAlong(name: string, nodeName: string, tensor: Tensor, dim: number, keepdim: boolean, pick: (row: Float64Array, ids: Int32Array) => number): ValuesAndIndices {
  const d = normalizeDim(dim, tensor.ndim);
  checkReducedDimNotEmpty(name, tensor, d);
  const shape = reducedShape(tensor.shape, tensor.ndim === 0 ? [] : [d], keepdim);
  const rows = rowsAlong(tensor, d);
  const values = allocate(tensor.dtype, rows.count);
  const indices = new Float64Array(rows.count);
  const row = new Float64Array(rows.size);
  const ids = new Int32Array(rows.size);
  for (let o = 0; o < rows.count; o++) {
    loadRow(rows, o, row, ids);
    const chosen = pick(row, ids);
    values[o] = rows.data[rows.bases[o]! + chosen * rows.stride]!;
    indices[o] = chosen;
  }
  const out = { values: newTensor(values, shape, tensor.dtype), indices: newTensor(indices, shape, 'int64') };
  recordSelection(nodeName, tensor, out, d, keepdim);
  return out;
}

/** kthvalue(k, dim, keepdim): the k-th smallest element along `dim` (1-based) and where quickselect found it. */
export function kthvalue(tensor: Tensor, k: number, dim = -1, keepdim = false): ValuesAndIndices {
  const d = normalizeDim(dim, tensor.ndim);
  checkReducedDimNotEmpty('kthvalue', tensor, d);
  if (k < 1 || k > (tensor.ndim === 0 ? 1 : tensor.shape[d]!)) throw runtimeError(`kthvalue(): selected number k out of range for dimension ${d}`);
  notForBool(tensor, 'kthvalue_cpu');
  return pickAlong('kthvalue', 'KthvalueBackward0', tensor, d, keepdim, (row, ids) => {
    quickSelect(row, ids, k - 1);
    return ids[k - 1]!;
  });
}

/**
 * median(dim)/nanmedian(dim): the lower median of each row under (value, position) order, so the result is the
 * same whatever the selection algorithm. median returns the first NaN of a row that has one; nanmedian skips NaNs.
 */
function medianAlong(name: 'median' | 'nanmedian', tensor: Tensor, dim: number, keepdim: boolean): ValuesAndIndices {
  notForBool(tensor, 'median_out');
  return pickAlong(name, name === 'median' ? 'MedianBackward1' : 'NanmedianBackward1', tensor, dim, keepdim, (row, ids) => {
    let nans = 0;
    for (let j = 0; j < row.length; j++) {
      if (row[j] !== row[j]) {
        if (name === 'median') return j;
        nans++;
      }
    }
    const less: Less = (a, b) => {
      const x = row[a]!;
      const y = row[b]!;
      return x < y || (x === y && a < b) || (y !== y && x === x);
    };
    const nth = Math.floor((row.length - nans - 1) / 2);
    nthElement(ids, 0, Math.max(nth, 0), ids.length, less);
    return ids[Math.max(nth, 0)]!;
  });
}

export const medianDim = (tensor: Tensor, dim: number, keepdim = false): ValuesAndIndices => medianAlong('median', tensor, dim, keepdim);
export const nanmedianDim = (tensor: Tensor, dim: number, keepdim = false): ValuesAndIndices => medianAlong('nanmedian', tensor, dim, keepdim);

/** median()/nanmedian() of all elements: the lower median (NaN if any, for median); the gradient is shared by ties. */
function medianAll(name: 'median' | 'nanmedian', tensor: Tensor): Tensor {
  notForBool(tensor, 'median_cpu');
  const data = Float64Array.from(tensor.contiguousData());
  let nans = 0;
  for (const value of data) if (value !== value) nans++;
  let median = NaN;
  if (data.length === 0 && !isFloating(tensor.dtype)) throw new TorchError('NotImplementedError', `${name}() of an empty ${tensor.dtype} tensor has no defined value in PyTorch`);
  if (data.length > nans && (name === 'nanmedian' || nans === 0)) {
    const sorted = data.filter((value) => value === value).sort();
    median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  }
  const values = allocate(tensor.dtype, 1);
  values[0] = median;
  const out = newTensor(values, [], tensor.dtype);
  record(name === 'median' ? 'MedianBackward0' : 'NanmedianBackward0', [tensor], out, ([grad], [input, result]) => [evenlyDistributeBackward(grad!, input!, result!)], [tensor, out]);
  return out;
}

export const median = (tensor: Tensor): Tensor => medianAll('median', tensor);
export const nanmedian = (tensor: Tensor): Tensor => medianAll('nanmedian', tensor);

/**
 * mode(dim, keepdim): the most frequent value of each row (the smallest among equally frequent ones) and the
 * position of the element std::sort (comparing values only) leaves last in its run.
 */
export function mode(tensor: Tensor, dim = -1, keepdim = false): ValuesAndIndices {
  return pickAlong('mode', 'ModeBackward0', tensor, dim, keepdim, (row, ids) => {
    stdSort(ids, 0, ids.length, (a, b) => row[a]! < row[b]!);
    let best = 0;
    let bestCount = 0;
    let count = 0;
    for (let i = 0; i < ids.length; i++) {
      count++;
      if (i === ids.length - 1 || row[ids[i]!] !== row[ids[i + 1]!]) {
        if (count > bestCount) {
          best = ids[i]!;
          bestCount = count;
        }
        count = 0;
      }
    }
    return best;
  });
}

// ---------------------------------------------------------------------------------------------------------
// unique and unique_consecutive

/** What unique/unique_consecutive return: the values, and where asked the inverse indices and the counts. */
export interface UniqueResult {
  values: Tensor;
  inverse: Tensor;
  counts: Tensor;
}

function notDifferentiable(name: string, input: Tensor, out: Tensor): void {
  record(name === 'unique_dim' ? 'UniqueDimBackward0' : name === '_unique2' ? 'Unique2Backward0' : 'UniqueConsecutiveBackward0', [input], out, () => {
    throw new TorchError('NotImplementedError', `the derivative for '${name}' is not implemented.`);
  });
}

/**
 * unique() over all elements, sorted: distinct values in ascending order, each input element's position among
 * them, and how often each occurs. PyTorch collects the values in a hash set first; with NaNs (never equal to
 * themselves) its order depends on that set's layout, which agnb does not reproduce.
 */
export function unique(tensor: Tensor): UniqueResult {
  const data = tensor.contiguousData();
  const firstSeen = new Map<number, number>();
  const distinct: number[] = [];
  for (const value of data) {
    if (value !== value) throw new TorchError('NotImplementedError', 'unique() of a tensor containing NaN is not supported in agnb (PyTorch orders NaNs by its hash set)');
    if (!firstSeen.has(value)) {
      firstSeen.set(value, distinct.length);
      distinct.push(value);
    }
  }
  const order = distinct.map((_, i) => i).sort((a, b) => distinct[a]! - distinct[b]!);
  const rank = new Int32Array(order.length);
  order.forEach((original, position) => (rank[original] = position));
  const values = allocate(tensor.dtype, order.length);
  order.forEach((original, position) => (values[position] = distinct[original]!));
  const inverse = new Float64Array(data.length);
  const counts = new Float64Array(order.length);
  for (let i = 0; i < data.length; i++) {
    const position = rank[firstSeen.get(data[i]!)!]!;
    inverse[i] = position;
    counts[position]!++;
  }
  const out = { values: newTensor(values, [values.length], tensor.dtype), inverse: newTensor(inverse, tensor.shape, 'int64'), counts: newTensor(counts, [counts.length], 'int64') };
  notDifferentiable('_unique2', tensor, out.values);
  return out;
}

/** Slices of `tensor` along `dim`, each flattened, as rows of a matrix. */
function slicesAlong(tensor: Tensor, dim: number): { rows: Float64Array[]; sliceShape: number[] } {
  const rows = rowsAlong(tensor, dim);
  const count = tensor.shape[dim]!;
  const { outputs } = reductionLayout(tensor.shape, [dim]);
  const slices = Array.from({ length: count }, (_, s) => Float64Array.from(outputs, (base) => rows.data[base + s * rows.stride]!));
  return { rows: slices, sliceShape: tensor.shape.filter((_, k) => k !== dim) };
}

/** Stacks the chosen slices back along `dim`. */
function stackSlices(tensor: Tensor, dim: number, slices: Float64Array[], sliceShape: number[]): Tensor {
  const pieces = slices.map((slice) => {
    const values = allocate(tensor.dtype, slice.length);
    values.set(slice);
    return newTensor(values, sliceShape, tensor.dtype);
  });
  if (pieces.length === 0) {
    const shape = [...tensor.shape];
    shape[dim] = 0;
    return zeros(shape, tensor.dtype);
  }
  return stack(pieces, dim);
}

const sameSlice = (a: Float64Array, b: Float64Array): boolean => a.every((value, i) => value === b[i]);

/** unique(dim=): distinct slices along `dim` in lexicographic order (std::sort of the slices, then merging equal runs). */
export function uniqueDim(tensor: Tensor, dim: number): UniqueResult {
  const d = normalizeDim(dim, tensor.ndim);
  const { rows, sliceShape } = slicesAlong(tensor, d);
  const ids = Int32Array.from(rows, (_, i) => i);
  stdSort(ids, 0, ids.length, (a, b) => {
    const x = rows[a]!;
    const y = rows[b]!;
    for (let i = 0; i < x.length; i++) {
      if (x[i]! < y[i]!) return true;
      if (x[i]! > y[i]!) return false;
    }
    return false;
  });
  const out = mergeRuns(tensor, d, Array.from(ids, (id) => rows[id]!), ids, sliceShape);
  notDifferentiable('unique_dim', tensor, out.values);
  return out;
}

/** Collapses runs of equal slices (in the given order; `ids` are their original positions). */
function mergeRuns(tensor: Tensor, dim: number, ordered: Float64Array[], ids: Int32Array, sliceShape: number[]): UniqueResult {
  const kept: Float64Array[] = [];
  const inverse = new Float64Array(ordered.length);
  const counts: number[] = [];
  ordered.forEach((slice, i) => {
    if (i === 0 || !sameSlice(kept[kept.length - 1]!, slice)) {
      kept.push(slice);
      counts.push(0);
    }
    inverse[ids[i]!] = kept.length - 1;
    counts[counts.length - 1]!++;
  });
  return {
    values: stackSlices(tensor, dim, kept, sliceShape),
    inverse: newTensor(inverse, [ordered.length], 'int64'),
    counts: newTensor(Float64Array.from(counts), [counts.length], 'int64'),
  };
}

/** unique_consecutive(dim=None): collapses runs of equal elements (or, with a dim, of equal slices). */
export function uniqueConsecutive(tensor: Tensor, dim?: number): UniqueResult {
  let out: UniqueResult;
  if (dim === undefined) {
    const data = tensor.contiguousData();
    const kept: number[] = [];
    const inverse = new Float64Array(data.length);
    const counts: number[] = [];
    for (let i = 0; i < data.length; i++) {
      if (i === 0 || data[i] !== data[i - 1]) {
        kept.push(data[i]!);
        counts.push(0);
      }
      inverse[i] = kept.length - 1;
      counts[counts.length - 1]!++;
    }
    const values = allocate(tensor.dtype, kept.length);
    values.set(kept);
    out = { values: newTensor(values, [kept.length], tensor.dtype), inverse: newTensor(inverse, tensor.shape, 'int64'), counts: newTensor(Float64Array.from(counts), [counts.length], 'int64') };
  } else {
    const d = normalizeDim(dim, tensor.ndim);
    const { rows, sliceShape } = slicesAlong(tensor, d);
    out = mergeRuns(tensor, d, rows, Int32Array.from(rows, (_, i) => i), sliceShape);
  }
  notDifferentiable('unique_consecutive', tensor, out.values);
  return out;
}

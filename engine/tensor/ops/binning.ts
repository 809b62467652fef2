// Putting values into bins: bincount and histc count them, bucketize and searchsorted find each value's place
// among sorted boundaries. None of them is differentiable.
import { allocate, isFloating, isIntegral, scalarTypeName, type DType } from '../dtype';
import { runtimeError } from '../errors';
import { Tensor } from '../tensor';
import { materialize, promoteOperands } from './elementwise';

/**
 * bincount(weights=, minlength=): how often each value 0..max occurs in a 1-D non-negative integer tensor, or
 * the sum of the weights of its occurrences, added in order: float32 weights sum as float32, any other
 * weights as float64.
 */
export function bincount(input: Tensor, weights?: Tensor, minlength = 0): Tensor {
  if (!isIntegral(input.dtype) || input.dtype === 'bool') throw runtimeError(`"bincount_cpu" not implemented for '${scalarTypeName(input.dtype)}'`);
  if (minlength < 0) throw runtimeError('minlength should be >= 0');
  const values = input.contiguousData();
  if (input.ndim === 1 && values.length === 0) return Tensor.fromStorage(allocate(weights ? weightDtype(weights) : 'int64', minlength), [minlength], weights ? weightDtype(weights) : 'int64');
  let largest = -1;
  for (const value of values) largest = Math.max(largest, value);
  if (input.ndim !== 1 || values.some((value) => value < 0)) throw runtimeError('bincount only supports 1-d non-negative integral inputs.');
  if (weights && (weights.ndim !== 1 || weights.shape[0] !== values.length)) throw runtimeError('weights should be 1-d and have the same length as input');
  const length = Math.max(minlength, largest + 1);
  const dtype = weights ? weightDtype(weights) : 'int64';
  const counts = allocate(dtype, length);
  const added = weights ? materialize(weights, weights.shape, dtype) : undefined;
  for (let i = 0; i < values.length; i++) counts[values[i]!] += added ? added[i]! : 1;
  return Tensor.fromStorage(counts, [length], dtype);
}

const weightDtype = (weights: Tensor): DType => (weights.dtype === 'float32' ? 'float32' : 'float64');

/**
 * histc(bins, min, max): counts of the elements in `bins` equal-width bins over [min, max] (the data's own
 * range when min == max), elements outside left out. Each element's bin is (x - min) * bins / (max - min)
 * computed in the input's dtype and truncated, the last bin closed on the right, as PyTorch's linear histogram
 * kernel computes it.
 */
export function histc(input: Tensor, bins = 100, min = 0, max = 0): Tensor {
  if (!isFloating(input.dtype)) throw runtimeError(`"histogram_cpu" not implemented for '${scalarTypeName(input.dtype)}'`);
  if (bins <= 0) throw runtimeError(`torch.histogram(): bins must be > 0, but got ${bins} for dimension 0`);
  const data = input.contiguousData();
  let low = min;
  let high = max;
  if (low === high && data.length > 0) {
    low = Infinity;
    high = -Infinity;
    for (const value of data) {
      low = Math.min(low, value);
      high = Math.max(high, value);
    }
  }
  if (low === high) {
    low -= 1;
    high += 1;
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) throw runtimeError(`torch.histc: range of [${low}, ${high}] is not finite`);
  if (!(low < high)) throw runtimeError('torch.histc: max must be larger than min');
  const round = input.dtype === 'float32' ? Math.fround : (x: number) => x;
  const left = round(low);
  const right = round(high);
  const width = round(right - left);
  const counts = allocate(input.dtype, bins);
  for (const value of data) {
    if (!(value >= left && value <= right)) continue;
    let bin = Math.trunc(round(round(round(value - left) * bins) / width));
    if (bin === bins) bin -= 1;
    counts[bin]++;
  }
  return Tensor.fromStorage(counts, [bins], input.dtype);
}

export interface SearchOptions {
  right?: boolean;
  side?: string;
  outInt32?: boolean;
  sorter?: Tensor;
}

/**
 * searchsorted(sorted_sequence, values): for each value, the index where it would be inserted into the sorted
 * boundaries (the last dim of `sorted`; its leading dims, if any, match the values' leading dims) to keep
 * them sorted; the leftmost such place, or with right=True / side='right' the rightmost. `sorter` gives the
 * order of an unsorted sequence.
 */
export function searchsorted(sorted: Tensor, values: Tensor, { right = false, side, outInt32 = false, sorter }: SearchOptions = {}): Tensor {
  if (side !== undefined) {
    if (side !== 'left' && side !== 'right') throw runtimeError(`torch.searchsorted(): side can only be 'left' or 'right' but got ${side}`);
    if (right && side === 'left') throw runtimeError("torch.searchsorted(): side and right can't be set to opposites, got side of left while right was True");
  }
  const upper = right || side === 'right';
  if (sorter) {
    if (sorter.dtype !== 'int64') throw runtimeError(`torch.searchsorted(): sorter must be a tensor of long dtype but got dtype ${scalarTypeName(sorter.dtype)}`);
    if (sorter.shape.length !== sorted.ndim || sorter.shape.some((size, d) => size !== sorted.shape[d])) {
      throw runtimeError(`torch.searchsorted(): boundary and sorter must have the same size, but got boundary tensor [${sorted.shape.join(', ')}]and got sorter tensor [${sorter.shape.join(', ')}]`);
    }
  }
  if (sorted.ndim > 1) {
    const leading = sorted.shape.slice(0, -1);
    if (values.ndim !== sorted.ndim || leading.some((size, d) => size !== values.shape[d])) {
      throw runtimeError(
        `torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of boundaries tensor and input value tensor must match, but we got boundaries tensor [${sorted.shape.join(', ')}] and input value tensor [${values.shape.join(', ')}]`,
      );
    }
  }
  const dtype = promoteOperands(sorted, values);
  const boundaries = materialize(sorted, sorted.shape, dtype);
  const order = sorter?.contiguousData();
  const queries = materialize(values, values.shape, dtype);
  const rowLength = sorted.ndim === 0 ? 1 : sorted.shape[sorted.ndim - 1]!;
  const perRow = sorted.ndim > 1 ? (values.ndim === 0 ? 1 : values.shape[values.ndim - 1]!) : queries.length;
  const out = allocate(outInt32 ? 'int32' : 'int64', queries.length);
  for (let i = 0; i < queries.length; i++) {
    const start = sorted.ndim > 1 ? Math.floor(i / perRow) * rowLength : 0;
    const value = queries[i]!;
    let low = 0;
    let high = rowLength;
    while (low < high) {
      const middle = low + ((high - low) >> 1);
      const boundary = boundaries[start + (order ? order[start + middle]! : middle)]!;
      if (upper ? !(boundary > value) : boundary < value) low = middle + 1;
      else high = middle;
    }
    out[i] = low;
  }
  return Tensor.fromStorage(out, values.shape, outInt32 ? 'int32' : 'int64');
}

/** bucketize(input, boundaries): searchsorted with the 1-D boundaries first. */
export function bucketize(input: Tensor, boundaries: Tensor, outInt32 = false, right = false): Tensor {
  if (boundaries.ndim !== 1) throw runtimeError(`boundaries tensor must be 1 dimension, but got dim(${boundaries.ndim})`);
  return searchsorted(boundaries, input, { right, outInt32 });
}

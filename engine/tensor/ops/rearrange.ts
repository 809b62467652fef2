// Shape helpers PyTorch composes from other ops (hstack/vstack/dstack/column_stack, tile, repeat_interleave,
// meshgrid, broadcast_to/broadcast_tensors, movedim, ravel, tensor_split and h/v/dsplit, fliplr/flipud), so
// their graphs show those ops' nodes as PyTorch's do; and rot90 and unfold, which have nodes of their own.
import { isIndexDtype, scalarTypeName } from '../dtype';
import { runtimeError, warn, type WarningOrigin } from '../errors';
import { withGradMode } from '../autograd/gradMode';
import { broadcastShapes, normalizeDim, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { clone, contiguous } from './copy';
import { zeros } from './creation';
import { indexSelect } from './gather';
import { cat } from './join';
import { record } from './record';
import { flatten, flip, repeat } from './reorder';
import { newTensor } from './statistics';
import { expand, permute, reshape, slice, transpose, unsqueeze, view } from './views';

// ---------------------------------------------------------------------------------------------------------
// atleast_Nd and the stacks built on them

export function atleast1d(tensor: Tensor): Tensor {
  return tensor.ndim === 0 ? reshape(tensor, [1]) : tensor;
}

export function atleast2d(tensor: Tensor): Tensor {
  if (tensor.ndim === 0) return reshape(tensor, [1, 1]);
  return tensor.ndim === 1 ? unsqueeze(tensor, 0) : tensor;
}

export function atleast3d(tensor: Tensor): Tensor {
  if (tensor.ndim === 0) return reshape(tensor, [1, 1, 1]);
  if (tensor.ndim === 1) return reshape(tensor, [1, -1, 1]);
  return tensor.ndim === 2 ? unsqueeze(tensor, -1) : tensor;
}

function nonEmptyList(name: string, tensors: readonly Tensor[]): void {
  if (tensors.length === 0) throw runtimeError(`${name} expects a non-empty TensorList`);
}

/** hstack: 1-D inputs joined end to end, others along dim 1. */
export function hstack(tensors: readonly Tensor[]): Tensor {
  nonEmptyList('hstack', tensors);
  const lifted = tensors.map(atleast1d);
  return cat(lifted, lifted[0]!.ndim === 1 ? 0 : 1);
}

export function vstack(tensors: readonly Tensor[]): Tensor {
  nonEmptyList('vstack', tensors);
  return cat(tensors.map(atleast2d), 0);
}

export function dstack(tensors: readonly Tensor[]): Tensor {
  nonEmptyList('dstack', tensors);
  return cat(tensors.map(atleast3d), 2);
}

/** column_stack: vectors (and scalars) become columns, then everything is joined along dim 1. */
export function columnStack(tensors: readonly Tensor[]): Tensor {
  nonEmptyList('column_stack', tensors);
  return hstack(tensors.map((tensor) => (tensor.ndim <= 1 ? reshape(tensor, [tensor.numel, 1]) : tensor)));
}

// ---------------------------------------------------------------------------------------------------------
// repetition

/** tile(dims): repeat, with 1s prepended to `dims` when it names fewer dims than the tensor has. */
export function tile(tensor: Tensor, dims: readonly number[]): Tensor {
  const lead = Math.max(0, tensor.ndim - dims.length);
  return repeat(tensor, [...new Array<number>(lead).fill(1), ...dims]);
}

/** PyTorch's repeat_interleave kernel takes int32 and int64 counts. */
function checkRepeatsDtype(repeats: Tensor): void {
  if (!isIndexDtype(repeats.dtype)) throw runtimeError(`"repeat_interleave_cpu" not implemented for '${scalarTypeName(repeats.dtype)}'`);
}

/** repeat_interleave(repeats) with only a tensor of counts: each index i written repeats[i] times. */
export function repeatInterleaveIndices(repeats: Tensor): Tensor {
  if (repeats.ndim !== 1) throw runtimeError('repeat_interleave only accept 1D vector as repeat');
  checkRepeatsDtype(repeats);
  const counts = repeats.contiguousData();
  let total = 0;
  for (const count of counts) {
    if (count < 0) throw runtimeError('repeats can not be negative');
    total += count;
  }
  const out = new Float64Array(total);
  let at = 0;
  counts.forEach((count, i) => out.fill(i, at, (at += count)));
  return newTensor(out, [total], 'int64');
}

/**
 * repeat_interleave(repeats, dim): each slice along `dim` (of the flattened input without a dim) repeated,
 * a number of times or as many as its entry of `repeats`; an index_select of the input.
 */
export function repeatInterleave(tensor: Tensor, repeats: number | Tensor, dim?: number): Tensor {
  const input = dim === undefined ? flatten(tensor) : tensor;
  const d = dim === undefined ? 0 : normalizeDim(dim, tensor.ndim);
  const size = input.ndim === 0 ? 1 : input.shape[d]!;
  let counts: Tensor;
  if (typeof repeats === 'number') {
    if (repeats < 0) throw runtimeError('repeats can not be negative');
    counts = newTensor(new Float64Array(size).fill(repeats), [size], 'int64');
  } else {
    checkRepeatsDtype(repeats);
    if (repeats.ndim === 0 || (repeats.ndim === 1 && repeats.numel === 1)) counts = newTensor(new Float64Array(size).fill(repeats.contiguousData()[0]!), [size], 'int64');
    else if (repeats.ndim === 1 && repeats.numel === size) counts = repeats;
    else throw runtimeError('repeats must have the same size as input along dim');
  }
  return indexSelect(input, d, repeatInterleaveIndices(counts));
}

// ---------------------------------------------------------------------------------------------------------
// broadcasting and grids

/** broadcast_to(shape): expand. */
export const broadcastTo = (tensor: Tensor, shape: Shape): Tensor => expand(tensor, shape);

/** broadcast_tensors: each input expanded to the common shape; an input already of that shape is returned as is. */
export function broadcastTensors(tensors: readonly Tensor[]): Tensor[] {
  const shape = tensors.reduce<number[]>((common, tensor) => broadcastShapes(common, tensor.shape), []);
  return tensors.map((tensor) => (tensor.shape.length === shape.length && tensor.shape.every((size, d) => size === shape[d]) ? tensor : expand(tensor, shape)));
}

/** Where PyTorch's Python code issues meshgrid's warning about a missing indexing=. */
const MESHGRID_WARNING_ORIGIN: WarningOrigin = {
  file: '/usr/lib/python3/dist-packages/torch/functional.py',
  line: 504,
  source: '  return _VF.meshgrid(tensors, **kwargs)  # type: ignore[attr-defined]',
};

export type MeshgridIndexing = 'ij' | 'xy';

/**
 * meshgrid(*tensors, indexing): the 0-d or 1-D inputs spread over a grid, each a view expanded along the other
 * dims. 'xy' swaps the roles of the first two inputs. Without indexing PyTorch warns and uses 'ij'.
 */
export function meshgrid(tensors: readonly Tensor[], indexing?: string): Tensor[] {
  if (indexing === undefined) {
    warn(
      'torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument. (Triggered internally at  ./aten/src/ATen/native/TensorShape.cpp:3190.)',
      MESHGRID_WARNING_ORIGIN,
    );
  }
  const mode = indexing ?? 'ij';
  if (mode !== 'ij' && mode !== 'xy') throw runtimeError(`torch.meshgrid: indexing must be one of "xy" or "ij", but received: ${mode}`);
  if (tensors.length === 0) throw runtimeError('torch.meshgrid expects a non-empty TensorList');
  tensors.forEach((tensor) => {
    if (tensor.ndim > 1) throw runtimeError(`torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: ${tensor.ndim}`);
  });
  const first = tensors[0]!;
  tensors.forEach((tensor) => {
    if (tensor.dtype !== first.dtype) throw runtimeError('meshgrid expects all tensors to have the same dtype');
  });
  const swap = mode === 'xy' && tensors.length >= 2;
  const ordered = swap ? [tensors[1]!, tensors[0]!, ...tensors.slice(2)] : [...tensors];
  const shape = ordered.map((tensor) => tensor.numel);
  const grids = ordered.map((tensor, i) => expand(view(tensor, shape.map((_, k) => (k === i ? -1 : 1))), shape));
  return swap ? [grids[1]!, grids[0]!, ...grids.slice(2)] : grids;
}

// ---------------------------------------------------------------------------------------------------------
// moving dims

/** movedim(source, destination): a permute putting each source dim at its destination, the rest in order. */
export function movedim(tensor: Tensor, source: readonly number[], destination: readonly number[]): Tensor {
  if (source.length !== destination.length) {
    throw runtimeError(
      `movedim: Invalid source or destination dims: source (${formatDims(source)} dims) should contain the same number of dims as destination (${formatDims(destination)} dims)`,
    );
  }
  const from = source.map((dim) => normalizeDim(dim, tensor.ndim));
  const to = destination.map((dim) => normalizeDim(dim, tensor.ndim));
  if (new Set(from).size !== from.length) throw runtimeError(`movedim: repeated dim in \`source\` (${formatDims(source)})`);
  if (new Set(to).size !== to.length) throw runtimeError(`movedim: repeated dim in \`destination\` (${formatDims(destination)})`);
  const order = new Array<number>(tensor.ndim).fill(-1);
  from.forEach((dim, i) => (order[to[i]!] = dim));
  const rest = order.map((_, d) => d).filter((d) => !from.includes(d));
  let next = 0;
  for (let d = 0; d < order.length; d++) if (order[d] === -1) order[d] = rest[next++]!;
  return permute(tensor, order);
}

const formatDims = (dims: readonly number[]) => `[${dims.join(', ')}]`;

/** ravel: the elements in row-major order as a 1-D view (of a contiguous copy when needed). */
export const ravel = (tensor: Tensor): Tensor => view(contiguous(tensor), [-1]);

// ---------------------------------------------------------------------------------------------------------
// splitting

/**
 * tensor_split: a number of sections (the first size % sections pieces one longer) or the indices to cut at;
 * every piece is a slice of the input.
 */
export function tensorSplit(tensor: Tensor, sectionsOrIndices: number | readonly number[], dim = 0): Tensor[] {
  if (tensor.ndim === 0) throw runtimeError(`tensor_split expected at least a 1-dimensional tensor, but got a tensor with ${tensor.ndim} dims`);
  const d = normalizeDim(dim, tensor.ndim);
  const size = tensor.shape[d]!;
  let cuts: number[];
  if (typeof sectionsOrIndices === 'number') {
    const sections = sectionsOrIndices;
    if (sections <= 0) throw runtimeError(`number of sections must be larger than 0, got ${sections}`);
    const base = Math.floor(size / sections);
    const extra = size % sections;
    cuts = [];
    let at = 0;
    for (let i = 0; i < sections - 1; i++) cuts.push((at += base + (i < extra ? 1 : 0)));
  } else cuts = [...sectionsOrIndices];
  const bounds = [0, ...cuts, size];
  return bounds.slice(0, -1).map((start, i) => {
    const clamp = (value: number) => Math.min(Math.max(value < 0 ? value + size : value, 0), size);
    const from = clamp(start);
    return slice(tensor, d, from, Math.max(from, clamp(bounds[i + 1]!)));
  });
}

type SplitName = 'hsplit' | 'vsplit' | 'dsplit';

/** hsplit/vsplit/dsplit: tensor_split along dim 1 (0 for 1-D), 0 or 2, where a number of sections must divide. */
export function directionalSplit(name: SplitName, tensor: Tensor, sectionsOrIndices: number | readonly number[]): Tensor[] {
  const needed = name === 'hsplit' ? 1 : name === 'vsplit' ? 2 : 3;
  if (tensor.ndim < needed) {
    throw runtimeError(`torch.${name} requires a tensor with at least ${needed} dimension, but got a tensor with ${tensor.ndim} dimensions!`);
  }
  const dim = name === 'hsplit' ? (tensor.ndim === 1 ? 0 : 1) : name === 'vsplit' ? 0 : 2;
  if (typeof sectionsOrIndices === 'number' && (sectionsOrIndices === 0 || tensor.shape[dim]! % sectionsOrIndices !== 0)) {
    throw runtimeError(
      `torch.${name} attempted to split along dimension ${dim}, but the size of the dimension ${tensor.shape[dim]} is not divisible by the split_size ${sectionsOrIndices}!`,
    );
  }
  return tensorSplit(tensor, sectionsOrIndices, dim);
}

// ---------------------------------------------------------------------------------------------------------
// flips and rotations

export function fliplr(tensor: Tensor): Tensor {
  if (tensor.ndim < 2) throw runtimeError('Input must be >= 2-d.');
  return flip(tensor, [1]);
}

export function flipud(tensor: Tensor): Tensor {
  if (tensor.ndim < 1) throw runtimeError('Input must be >= 1-d.');
  return flip(tensor, [0]);
}

/** rot90(k, dims): k quarter turns from the first dim towards the second; one Rot90Backward0 node. */
export function rot90(tensor: Tensor, k = 1, dims: readonly number[] = [0, 1]): Tensor {
  if (dims.length !== 2) throw runtimeError(`expected total rotation dims == 2, but got dims = ${dims.length}`);
  if (tensor.ndim < 2) throw runtimeError(`expected total dims >= 2, but got total dims = ${tensor.ndim}`);
  const [d0, d1] = dims as [number, number];
  if (d0 === d1 || Math.abs(d0 - d1) === tensor.ndim) throw runtimeError(`expected rotation dims to be different, but got dim0 = ${d0} and dim1 = ${d1}`);
  if (d0 < -tensor.ndim || d0 >= tensor.ndim) throw runtimeError(`Rotation dim0 out of range, dim0 = ${d0}`);
  if (d1 < -tensor.ndim || d1 >= tensor.ndim) throw runtimeError(`Rotation dim1 out of range, dim1 = ${d1}`);
  const turns = ((k % 4) + 4) % 4;
  const out = withGradMode(false, () => {
    if (turns === 1) return transpose(flip(tensor, [d1]), d0, d1);
    if (turns === 2) return flip(tensor, [d0, d1]);
    if (turns === 3) return transpose(flip(tensor, [d0]), d0, d1);
    return clone(tensor);
  });
  record('Rot90Backward0', [tensor], out, ([grad]) => [rot90(grad!, -k, dims)]);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// unfold

/**
 * Tensor.unfold(dimension, size, step): a view of every window of `size` elements along `dimension`, `step`
 * apart, as a new last dim. The gradient adds each window's gradient back where it came from.
 */
export function unfold(tensor: Tensor, dimension: number, size: number, step: number): Tensor {
  const d = tensor.ndim === 0 ? 0 : normalizeDim(dimension, tensor.ndim);
  const length = tensor.ndim === 0 ? 1 : tensor.shape[d]!;
  if (size > length) throw runtimeError(`maximum size for tensor at dimension ${d} is ${length} but size is ${size}`);
  if (step <= 0) throw runtimeError(`step is ${step} but must be > 0`);
  const windows = Math.floor((length - size) / step) + 1;
  const shape = [...tensor.shape];
  const strides = [...tensor.strides];
  if (tensor.ndim > 0) {
    shape[d] = windows;
    strides[d] = tensor.strides[d]! * step;
  }
  const out = tensor.viewAs([...shape, size], [...strides, tensor.ndim === 0 ? 1 : tensor.strides[d]!], tensor.offset);
  const inputShape = [...tensor.shape];
  record('UnfoldBackward0', [tensor], out, ([grad]) => [unfoldBackward(grad!, inputShape, d, size, step)]);
  return out;
}

/** unfold_backward: zeros with each window's gradient added at its place, window after window. */
function unfoldBackward(grad: Tensor, inputShape: Shape, dim: number, size: number, step: number): Tensor {
  const full = zeros(inputShape, grad.dtype);
  if (inputShape.length === 0) {
    full.storage[0] = grad.contiguousData()[0]!;
    return full;
  }
  const windows = grad.shape[dim]!;
  const data = full.storage;
  const g = contiguous(grad).contiguousData();
  // grad's layout: input shape with `windows` at dim, then the window's own last dim of `size`.
  const outer = inputShape.slice(0, dim).reduce((a, b) => a * b, 1);
  const inner = inputShape.slice(dim + 1).reduce((a, b) => a * b, 1);
  const round = grad.dtype === 'float32' ? Math.fround : (x: number) => x;
  for (let o = 0; o < outer; o++) {
    for (let w = 0; w < windows; w++) {
      for (let i = 0; i < inner; i++) {
        for (let s = 0; s < size; s++) {
          const from = ((o * windows + w) * inner + i) * size + s;
          const to = o * inputShape[dim]! * inner + (w * step + s) * inner + i;
          data[to] = round(data[to]! + g[from]!);
        }
      }
    }
  }
  return full;
}

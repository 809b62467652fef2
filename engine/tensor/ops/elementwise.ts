// The machinery under elementwise ops: type promotion, broadcasting, and one tight loop per operation over
// contiguous typed arrays (a broadcast operand is first laid out at the output's shape).
import { allocate, castValue, checkInt64Exact, convertInto, resultType, type DType, type Operand, type Storage } from '../dtype';
import { broadcastShapes, contiguousStrides, numel, sameShape, type Shape } from '../shape';
import { Tensor, scatterStrided } from '../tensor';

export type BinaryKernel = (a: Storage, b: Storage, out: Storage, n: number) => void;
export type UnaryKernel = (a: Storage, out: Storage, n: number) => void;

/** Kernels whose vectorised body and scalar tail round differently: they run over PyTorch's rows (rowLength). */
const ROW_SENSITIVE = new WeakSet<UnaryKernel | BinaryKernel>();

/** Marks `kernel` as splitting its input into a vectorised body and a scalar tail that round differently. */
export function splitsRows<Kernel extends UnaryKernel | BinaryKernel>(kernel: Kernel): Kernel {
  ROW_SENSITIVE.add(kernel);
  return kernel;
}

/** A Python number entering a tensor op: a 0-d tensor that promotes like a scalar (PyTorch's wrapped number). */
export class WrappedNumber extends Tensor {}

export function wrapNumber(value: number, dtype: DType): Tensor {
  const storage = allocate(dtype, 1);
  storage[0] = castValue(value, dtype);
  return new WrappedNumber(storage, [], [], 0, dtype);
}

export function operandOf(tensor: Tensor): Operand {
  return { dtype: tensor.dtype, kind: tensor instanceof WrappedNumber ? 'scalar' : tensor.ndim === 0 ? 'zerodim' : 'tensor' };
}

export function promoteOperands(...tensors: Tensor[]): DType {
  // Operands of one dtype promote to it whatever their kinds: the common case, without building operands.
  const dtype = tensors[0]!.dtype;
  if (tensors.every((tensor) => tensor.dtype === dtype)) return dtype;
  return resultType(tensors.map(operandOf));
}

/** A view of `tensor` broadcast to `shape` (stride 0 along broadcast dims). */
export function broadcastView(tensor: Tensor, shape: Shape): Tensor {
  if (sameShape(tensor.shape, shape)) return tensor;
  const lead = shape.length - tensor.ndim;
  const strides = shape.map((size, d) => {
    const own = d - lead;
    if (own < 0) return 0;
    return tensor.shape[own] === 1 && size !== 1 ? 0 : tensor.strides[own]!;
  });
  return new Tensor(tensor.storage, [...shape], strides, tensor.offset, tensor.dtype, tensor.version);
}

/** The elements of `tensor` at `shape`, row-major, as `dtype`: the storage itself when nothing must change. */
export function materialize(tensor: Tensor, shape: Shape, dtype: DType): Storage {
  const view = broadcastView(tensor, shape);
  const raw = view.dtype === dtype ? view.contiguousData() : undefined;
  if (raw) return raw;
  const data = view.contiguousData();
  const out = allocate(dtype, data.length);
  convertInto(data, view.dtype, out, dtype);
  return out;
}

/**
 * Runs a binary kernel with broadcasting: inputs computed as `computeDtype`, the result stored as `outDtype`
 * (an int64 result must stay within the exact range, see dtype.ts).
 */
export function binary(a: Tensor, b: Tensor, kernel: BinaryKernel, computeDtype: DType, outDtype: DType = computeDtype): Tensor {
  const shape = broadcastShapes(a.shape, b.shape);
  const n = numel(shape);
  const out = allocate(outDtype, n);
  const aData = materialize(a, shape, computeDtype);
  const bData = materialize(b, shape, computeDtype);
  const row = ROW_SENSITIVE.has(kernel) ? Math.min(rowLength(broadcastView(a, shape)), rowLength(broadcastView(b, shape))) : n;
  if (row === n) kernel(aData, bData, out, n);
  else {
    for (let start = 0; start < n; start += row) {
      kernel(aData.subarray(start, start + row), bData.subarray(start, start + row), out.subarray(start, start + row), row);
    }
  }
  if (outDtype === 'int64') checkInt64Exact(out);
  return new Tensor(out, shape, contiguousStrides(shape), 0, outDtype);
}

/**
 * The length of the rows PyTorch's TensorIterator hands a kernel for an operand `view` (already at the op's
 * shape): all of it when it is contiguous; for a strided or broadcast view in row-major order (a slice, a chunk,
 * an expanded bias), its trailing dims that lie contiguous in memory, or single elements when the last dim is
 * itself strided. Kernels whose vectorised body and scalar tail round differently (sigmoid, gelu, ...) must see
 * the same rows to give PyTorch's bits. Views with permuted dims, or broadcast along the last dim, keep one row:
 * PyTorch visits their elements in another order (or with a broadcast scalar) that this loop does not follow.
 */
function rowLength(view: Tensor): number {
  const n = view.numel;
  if (view.isContiguous()) return n;
  const { shape, strides } = view;
  let previousStride = Infinity;
  for (let d = 0; d < shape.length; d++) {
    if (shape[d] === 1 || strides[d] === 0) continue;
    if (strides[d]! > previousStride) return n;
    previousStride = strides[d]!;
  }
  let row = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    if (shape[d] === 1) continue;
    if (strides[d] !== row) break;
    row *= shape[d]!;
  }
  return row === 1 && strides[shape.length - 1] === 0 ? n : row;
}

export function unary(a: Tensor, kernel: UnaryKernel, computeDtype: DType, outDtype: DType = computeDtype): Tensor {
  const n = a.numel;
  const out = allocate(outDtype, n);
  const data = materialize(a, a.shape, computeDtype);
  const row = ROW_SENSITIVE.has(kernel) ? rowLength(a) : n;
  if (row === n) kernel(data, out, n);
  else for (let start = 0; start < n; start += row) kernel(data.subarray(start, start + row), out.subarray(start, start + row), row);
  if (outDtype === 'int64') checkInt64Exact(out);
  return new Tensor(out, [...a.shape], contiguousStrides(a.shape), 0, outDtype);
}

/** Writes `source` (already at `target`'s shape and dtype, contiguous) into `target`'s strided elements. */
/** A contiguous tensor's elements in row-major order as the block of its storage they occupy (a view, not a copy); null for other layouts. */
export function contiguousBlock(tensor: Tensor): Storage | null {
  if (!tensor.isContiguous()) return null;
  const { storage, offset } = tensor;
  const n = tensor.numel;
  return offset === 0 && storage.length === n ? storage : storage.subarray(offset, offset + n);
}

export function writeInto(target: Tensor, source: Storage): void {
  if (target.isContiguous() && target.offset === 0 && target.storage.length === source.length) {
    target.storage.set(source);
  } else {
    scatterStrided(target, source);
  }
  target.version.value++;
}

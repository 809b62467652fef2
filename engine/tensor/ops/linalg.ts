// Matrix products. The kernel accumulates each output in order over k, rounding every product and sum to the
// dtype, which is how the reference BLAS that PyTorch calls on this platform computes them.
import { allocate, scalarTypeName, type DType, type Storage } from '../dtype';
import { runtimeError } from '../errors';
import { broadcastShapes } from '../shape';
import { Tensor } from '../tensor';
import { mul } from './arithmetic';
import { promoteOperands, materialize } from './elementwise';
import { record } from './record';
import { expand, reshape, squeeze, t, transpose, unsafeView, unsqueeze } from './views';
import { contiguous } from './copy';
import { sumToShape } from './reduce';
import { wasmMatmul, type MatrixOperand } from '../kernels/wasm/matmul';

/** A matrix operand: its values row by row, or when `transposed` its transpose's (a column-major matrix, read in place). */
interface Operand {
  readonly data: Storage;
  readonly transposed: boolean;
}

const rowMajor = (data: Storage): Operand => ({ data, transposed: false });

/** A 2-D tensor as a kernel operand of `dtype`: a column-major one is passed as its transpose's storage, uncopied. */
function matrixOperand(matrix: Tensor, dtype: DType): Operand {
  if (matrix.dtype !== dtype || !isColumnMajor(matrix)) return rowMajor(materialize(matrix, matrix.shape, dtype));
  const [rows, columns] = matrix.shape as [number, number];
  return { data: matrix.viewAs([columns, rows], [rows, 1], matrix.offset).contiguousData(), transposed: true };
}

/** The operand's (rows×columns) values row by row. */
function rowMajorData(operand: Operand, rows: number, columns: number, dtype: DType): Storage {
  if (!operand.transposed) return operand.data;
  return Tensor.fromStorage(operand.data, [columns, rows], dtype).viewAs([rows, columns], [1, rows], 0).contiguousData();
}

/**
 * (m×k)·(k×n); with `initial` (m×n), each finished dot product is added to it (gemm with beta = 1).
 * Row i of the result accumulates over p in increasing order, each product and each sum rounded to the dtype
 * (a Float32Array rounds on store), so every output adds exactly as the sequential dot product would; walking
 * p outside j keeps the reads of b contiguous. Large float products run on the WebAssembly SIMD kernel
 * (kernels/wasm/), which adds in the same order.
 */
function matmulKernel(a: Operand, b: Operand, m: number, k: number, n: number, dtype: DType, initial?: Storage): Storage {
  const out = allocate(dtype, m * n);
  const floating = dtype === 'float32' || dtype === 'float64';
  if (!(floating && wasmMatmul(a as MatrixOperand, b as MatrixOperand, m, k, n, out as Float32Array | Float64Array))) {
    const left = rowMajorData(a, m, k, dtype);
    const right = rowMajorData(b, k, n, dtype);
    if (dtype === 'float32') accumulateRowsFloat32(left as Float32Array, right as Float32Array, out as Float32Array, m, k, n);
    else accumulateRows(left as Float64Array, right as Float64Array, out as Float64Array, m, k, n);
  }
  if (initial) {
    const round = dtype === 'float32' ? Math.fround : (x: number) => x;
    for (let i = 0; i < out.length; i++) out[i] = round(initial[i]! + out[i]!);
  }
  return out;
}

function accumulateRowsFloat32(a: Float32Array, b: Float32Array, out: Float32Array, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const row = out.subarray(i * n, (i + 1) * n);
    for (let p = 0; p < k; p++) {
      const aip = a[i * k + p]!;
      const offset = p * n;
      for (let j = 0; j < n; j++) row[j] += Math.fround(aip * b[offset + j]!);
    }
  }
}

function accumulateRows(a: Float64Array, b: Float64Array, out: Float64Array, m: number, k: number, n: number): void {
  for (let i = 0; i < m; i++) {
    const row = out.subarray(i * n, (i + 1) * n);
    for (let p = 0; p < k; p++) {
      const aip = a[i * k + p]!;
      const offset = p * n;
      for (let j = 0; j < n; j++) row[j] += aip * b[offset + j]!;
    }
  }
}

function checkSameDtype(a: Tensor, b: Tensor): DType {
  if (a.dtype !== b.dtype) throw runtimeError(`expected scalar type ${scalarTypeName(a.dtype)} but found ${scalarTypeName(b.dtype)}`);
  return promoteOperands(a, b);
}

/** mm: (m×k) @ (k×n). */
export function mm(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 2) throw runtimeError('self must be a matrix');
  if (b.ndim !== 2) throw runtimeError('mat2 must be a matrix');
  const [m, k] = a.shape as [number, number];
  const [k2, n] = b.shape as [number, number];
  if (k !== k2) throw runtimeError(`mat1 and mat2 shapes cannot be multiplied (${m}x${k} and ${k2}x${n})`);
  const dtype = checkSameDtype(a, b);
  const out = Tensor.fromStorage(matmulKernel(matrixOperand(a, dtype), matrixOperand(b, dtype), m, k, n, dtype), [m, n], dtype);
  const aColumnMajor = isColumnMajor(a);
  const bColumnMajor = isColumnMajor(b);
  record(
    'MmBackward0',
    [a, b],
    out,
    ([grad], [savedA, savedB]) => [a.requiresGrad ? mmFirstBackward(grad!, savedB!, aColumnMajor) : null, b.requiresGrad ? mmSecondBackward(grad!, savedA!, bColumnMajor) : null],
    [a, b],
  );
  return out;
}

/** Whether a matrix is laid out column by column (a transposed contiguous one): its gradient is then computed transposed. */
const isColumnMajor = (matrix: Tensor): boolean => matrix.strides[0] === 1 && matrix.strides[1] === matrix.shape[0];

/** mm_mat1_backward: grad @ b.t(), or (b @ grad.t()).t() when a is column-major. */
const mmFirstBackward = (grad: Tensor, b: Tensor, columnMajor: boolean): Tensor => (columnMajor ? t(mm(b, t(grad))) : mm(grad, t(b)));

/** mm_mat2_backward: a.t() @ grad, or (grad.t() @ a).t() when b is column-major. */
const mmSecondBackward = (grad: Tensor, a: Tensor, columnMajor: boolean): Tensor => (columnMajor ? t(mm(t(grad), a)) : mm(t(a), grad));

/**
 * addmm(bias, a, b) = bias + a @ b, as nn.Linear computes a batch: the BLAS gemm PyTorch calls adds the bias
 * (broadcast to m×n) to each finished dot product, so the result equals (a @ b) + bias bit for bit.
 */
export function addmm(bias: Tensor, a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 2) throw runtimeError('mat1 must be a matrix, got ' + a.ndim + '-D tensor');
  if (b.ndim !== 2) throw runtimeError('mat2 must be a matrix, got ' + b.ndim + '-D tensor');
  const [m, k] = a.shape as [number, number];
  const [k2, n] = b.shape as [number, number];
  if (k !== k2) throw runtimeError(`mat1 and mat2 shapes cannot be multiplied (${m}x${k} and ${k2}x${n})`);
  const dtype = checkSameDtype(a, b);
  if (bias.dtype !== dtype) throw runtimeError(`expected scalar type ${scalarTypeName(dtype)} but found ${scalarTypeName(bias.dtype)}`);
  const initial = materialize(bias, [m, n], dtype);
  const out = Tensor.fromStorage(matmulKernel(matrixOperand(a, dtype), matrixOperand(b, dtype), m, k, n, dtype, initial), [m, n], dtype);
  const biasShape = [...bias.shape];
  record(
    'AddmmBackward0',
    [bias, a, b],
    out,
    ([grad], [savedA, savedB]) => [
      bias.requiresGrad ? sumToShape(grad!, biasShape) : null,
      a.requiresGrad ? mm(grad!, t(savedB!)) : null,
      b.requiresGrad ? mm(t(savedA!), grad!) : null,
    ],
    [a, b],
  );
  return out;
}

/**
 * matmul: the rank cases of torch.matmul. 1-D operands are made 2-D and the added dim is squeezed off again,
 * so the graph shows the same nodes as PyTorch's (e.g. SqueezeBackward3 over MmBackward0 for vector @ matrix).
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  if (a.ndim === 0 || b.ndim === 0) {
    throw runtimeError(`both arguments to matmul need to be at least 1D, but they are ${a.ndim}D and ${b.ndim}D`);
  }
  if (a.ndim === 1 && b.ndim === 1) return dot(a, b);
  if (a.ndim === 2 && b.ndim === 1) return mv(a, b);
  if (a.ndim === 1 && b.ndim === 2) {
    if (a.shape[0] !== b.shape[0]) throw runtimeError(`mat1 and mat2 shapes cannot be multiplied (1x${a.shape[0]} and ${b.shape[0]}x${b.shape[1]})`);
    return squeeze(mm(unsqueeze(a, 0), b), 0, 'SqueezeBackward3');
  }
  if (a.ndim === 2 && b.ndim === 2) return mm(a, b);
  if (foldsIntoMatrix(a, b.ndim) || foldsIntoMatrix(b, a.ndim)) return foldedMatmul(a, b);
  return batchedMatmul(a, b);
}

/**
 * Whether matmul folds `batched`'s batch dims into its rows and calls mm/mv (the other operand being 1-D or
 * 2-D). A 3-D tensor whose last two dims are transposed is left to bmm, as folding it would need a copy.
 */
function foldsIntoMatrix(batched: Tensor, otherRank: number): boolean {
  if (batched.ndim < 3 || otherRank > 2) return false;
  const [, rows, columns] = batched.shape as [number, number, number];
  return !(batched.ndim === 3 && otherRank === 2 && batched.strides[2] !== 1 && batched.strides[0] === rows * columns);
}

/** A batch times a matrix or vector as one mm/mv; with the batch on the right, through (b^T a^T)^T. */
function foldedMatmul(a: Tensor, b: Tensor): Tensor {
  const batchOnRight = b.ndim > a.ndim;
  const batched = batchOnRight ? transpose(b, -2, -1) : a;
  const other = !batchOnRight ? b : a.ndim === 2 ? t(a) : a;
  const outShape = batched.shape.slice(0, -1);
  const rows = reshape(batched, [outShape.reduce((product, size) => product * size, 1), batched.shape[batched.ndim - 1]!]);
  if (other.ndim === 1) return unsafeView(mv(rows, other), outShape);
  const product = unsafeView(mm(rows, other), [...outShape, other.shape[1]!]);
  return batchOnRight ? contiguous(transpose(product, -2, -1)) : product;
}

/** Batch dims broadcast against each other, each operand expanded and flattened to 3-D, then bmm. */
function batchedMatmul(a: Tensor, b: Tensor): Tensor {
  const [n, m1] = a.shape.slice(-2) as [number, number];
  const [m2, p] = b.shape.slice(-2) as [number, number];
  const batch = broadcastShapes(a.shape.slice(0, -2), b.shape.slice(0, -2));
  const count = batch.reduce((product, size) => product * size, 1);
  const left = reshape(expand(a, [...batch, n, m1]), [count, n, m1]);
  const right = reshape(expand(b, [...batch, m2, p]), [count, m2, p]);
  return unsafeView(bmm(left, right), [...batch, n, p]);
}

/** bmm: (b×m×k) @ (b×k×n), each batch through the kernel mm uses. */
export function bmm(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 3) throw runtimeError('batch1 must be a 3D tensor');
  if (b.ndim !== 3) throw runtimeError('batch2 must be a 3D tensor');
  const [batch, m, k] = a.shape as [number, number, number];
  const [batch2, k2, n] = b.shape as [number, number, number];
  if (batch2 !== batch || k2 !== k) {
    throw runtimeError(`Expected size for first two dimensions of batch2 tensor to be: [${batch}, ${k}] but got: [${batch2}, ${k2}].`);
  }
  const dtype = checkSameDtype(a, b);
  const left = materialize(a, a.shape, dtype);
  const right = materialize(b, b.shape, dtype);
  const values = allocate(dtype, batch * m * n);
  for (let i = 0; i < batch; i++) {
    values.set(matmulKernel(rowMajor(left.subarray(i * m * k, (i + 1) * m * k)), rowMajor(right.subarray(i * k * n, (i + 1) * k * n)), m, k, n, dtype), i * m * n);
  }
  const out = Tensor.fromStorage(values, [batch, m, n], dtype);
  record(
    'BmmBackward0',
    [a, b],
    out,
    ([grad], [savedA, savedB]) => [
      a.requiresGrad ? bmm(grad!, transpose(savedB!, 1, 2)) : null,
      b.requiresGrad ? bmm(transpose(savedA!, 1, 2), grad!) : null,
    ],
    [a, b],
  );
  return out;
}

export function mv(a: Tensor, v: Tensor): Tensor {
  const [m, k] = a.shape as [number, number];
  if (v.shape[0] !== k) throw runtimeError(`size mismatch, got ${m}, ${m}x${k},${v.shape[0]}`);
  const dtype = checkSameDtype(a, v);
  const out = Tensor.fromStorage(matmulKernel(rowMajor(materialize(a, a.shape, dtype)), rowMajor(materialize(v, v.shape, dtype)), m, k, 1, dtype), [m], dtype);
  record(
    'MvBackward0',
    [a, v],
    out,
    ([grad], [savedA, savedV]) => [
      // grad.ger(vec), which PyTorch computes as grad.reshape(m, 1) * vec
      a.requiresGrad ? mul(reshape(grad!, [m, 1]), savedV!) : null,
      v.requiresGrad ? mv(t(savedA!), grad!) : null,
    ],
    [a, v],
  );
  return out;
}

export function dot(a: Tensor, b: Tensor): Tensor {
  if (a.dtype !== b.dtype) {
    throw runtimeError(`dot : expected both vectors to have same dtype, but found ${scalarTypeName(a.dtype)} and ${scalarTypeName(b.dtype)}`);
  }
  if (a.shape[0] !== b.shape[0]) {
    throw runtimeError(`inconsistent tensor size, expected tensor [${a.shape[0]}] and src [${b.shape[0]}] to have the same number of elements, but got ${a.shape[0]} and ${b.shape[0]} elements respectively`);
  }
  const dtype = checkSameDtype(a, b);
  const out = Tensor.fromStorage(matmulKernel(rowMajor(materialize(a, a.shape, dtype)), rowMajor(materialize(b, b.shape, dtype)), 1, a.shape[0]!, 1, dtype), [], dtype);
  record(
    'DotBackward0',
    [a, b],
    out,
    ([grad], [savedA, savedB]) => [a.requiresGrad ? mul(grad!, savedB!) : null, b.requiresGrad ? mul(grad!, savedA!) : null],
    [a, b],
  );
  return out;
}

/** outer(a, b) of two vectors: PyTorch computes it as a.reshape(n, 1) * b, so its node is MulBackward0. */
export function outer(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 1) throw runtimeError(`outer: Expected 1-D argument self, but got ${a.ndim}-D`);
  if (b.ndim !== 1) throw runtimeError(`outer: Expected 1-D argument vec2, but got ${b.ndim}-D`);
  return mul(reshape(a, [a.shape[0]!, 1]), b);
}

// Matrix products. The kernel accumulates each output in order over k, rounding every product and sum to the
// dtype, which is how the reference BLAS that PyTorch calls on this platform computes them.
import { allocate, castValue, scalarTypeName, type DType, type Storage } from '../dtype';
import { runtimeError } from '../errors';
import { broadcastShapes, normalizeDim, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { mul } from './arithmetic';
import { promoteOperands, materialize, wrapNumber } from './elementwise';
import { withGradMode } from '../autograd/gradMode';
import { record } from './record';
import { expand, permute, reshape, select, squeeze, t, transpose, unsafeView, unsqueeze } from './views';
import { contiguous } from './copy';
import { sum, sumToShape } from './reduce';
import { fma, fmaf } from '../../numeric/fma';
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
 * (m×k)·(k×n). Row i of the result accumulates over p in increasing order, each product and each sum rounded
 * to the dtype (a Float32Array rounds on store), so every output adds exactly as the sequential dot product
 * would; walking p outside j keeps the reads of b contiguous. Each output starts from zero, or from `start`
 * (m×n), which is how the reference gemm accumulates onto beta × C when its A operand is not transposed.
 * Large float products, from zero or from `start`, run on the WebAssembly SIMD kernel (kernels/wasm/), which adds in the same order.
 */
function matmulKernel(a: Operand, b: Operand, m: number, k: number, n: number, dtype: DType, start?: Storage): Storage {
  const out = allocate(dtype, m * n);
  if (start) out.set(start);
  const floating = dtype === 'float32' || dtype === 'float64';
  if (!(floating && wasmMatmul(a as MatrixOperand, b as MatrixOperand, m, k, n, out as Float32Array | Float64Array, start !== undefined))) {
    const left = rowMajorData(a, m, k, dtype);
    const right = rowMajorData(b, k, n, dtype);
    if (dtype === 'float32') accumulateRowsFloat32(left as Float32Array, right as Float32Array, out as Float32Array, m, k, n);
    else accumulateRows(left as Float64Array, right as Float64Array, out as Float64Array, m, k, n);
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

/** `values` × `factor`, rounded to the dtype (a copy, also for factor 1). */
function scaled(values: Storage, factor: number, dtype: DType): Storage {
  const out = allocate(dtype, values.length);
  for (let i = 0; i < values.length; i++) out[i] = factor === 1 ? values[i]! : factor * values[i]!;
  return out;
}

/**
 * beta × c + alpha × (a @ b) as PyTorch's addmm hands it to this machine's reference BLAS gemm. PyTorch treats
 * the (row-major) result as a column-major transpose, so gemm's A operand is mat2, except for a one-column
 * result, where it is mat1 itself. When that operand is not transposed, gemm starts every output from
 * beta × c and adds (alpha × x) × y for each k, x being the other operand's element; when it is transposed,
 * gemm takes the plain dot product and adds alpha × dot to beta × c. `c` is at the result's shape; without
 * it (or with beta 0) c counts as zero.
 */
function gemm(c: Storage | undefined, a: Tensor, b: Tensor, betaScalar: number, alphaScalar: number, dtype: DType): Storage {
  // gemm takes beta and alpha in the matrices' precision.
  const beta = castValue(betaScalar, dtype);
  const alpha = castValue(alphaScalar, dtype);
  const [m, k] = a.shape as [number, number];
  const n = b.shape[1]!;
  const start = beta === 0 || !c ? allocate(dtype, m * n) : scaled(c, beta, dtype);
  if (k === 0 || alpha === 0 || m * n === 0) return start;
  const oneColumn = n === 1;
  const first = oneColumn ? a : b;
  const [rows, columns] = oneColumn ? [m, k] : [n, k];
  // gemm's view of `first` (column-major): not transposed when laid out column by column in its own terms.
  const notTransposed = oneColumn
    ? first.strides[0] === 1 && first.strides[1]! >= Math.max(1, rows)
    : first.strides[1] === 1 && first.strides[0]! >= Math.max(1, rows);
  const transposed = !notTransposed && (oneColumn ? first.strides[1] === 1 && first.strides[0]! >= Math.max(1, columns) : first.strides[0] === 1 && first.strides[1]! >= Math.max(1, columns));
  // A matrix gemm cannot read in place is copied row-major: as A that is transposed for a one-column result, not otherwise.
  const accumulates = notTransposed || (!transposed && !oneColumn);
  if (accumulates) {
    const scaledOperand = (matrix: Tensor): Operand => (alpha === 1 ? matrixOperand(matrix, dtype) : rowMajor(scaled(materialize(matrix, matrix.shape, dtype), alpha, dtype)));
    const left = oneColumn ? matrixOperand(a, dtype) : scaledOperand(a);
    const right = oneColumn ? scaledOperand(b) : matrixOperand(b, dtype);
    return matmulKernel(left, right, m, k, n, dtype, beta === 0 || !c ? undefined : start);
  }
  const dots = matmulKernel(matrixOperand(a, dtype), matrixOperand(b, dtype), m, k, n, dtype);
  for (let i = 0; i < dots.length; i++) {
    const product = alpha === 1 ? dots[i]! : dtype === 'float32' ? Math.fround(alpha * dots[i]!) : alpha * dots[i]!;
    dots[i] = beta === 0 || !c ? product : product + start[i]!;
  }
  return dots;
}

/** gradient × a Scalar, left as is for 1 (PyTorch's maybe_multiply). */
const maybeMultiply = (grad: Tensor, factor: number): Tensor => (factor === 1 ? grad : mul(grad, wrapNumber(factor, grad.dtype)));

/** The bias of addmm/addmv/addr/baddbmm/addbmm broadcast to the result's shape, with PyTorch's error if it does not. */
const broadcastBias = (bias: Tensor, shape: Shape): void => void withGradMode(false, () => expand(bias, shape));

/**
 * addmm(input, mat1, mat2, beta=, alpha=): beta × input + alpha × (mat1 @ mat2), input broadcast to the result
 * (nn.Linear computes a batch this way), in the order this machine's gemm adds (see gemm).
 */
export function addmm(bias: Tensor, a: Tensor, b: Tensor, beta = 1, alpha = 1): Tensor {
  if (a.ndim !== 2) throw runtimeError(`mat1 must be a matrix, got ${a.ndim}-D tensor`);
  if (b.ndim !== 2) throw runtimeError(`mat2 must be a matrix, got ${b.ndim}-D tensor`);
  const [m, k] = a.shape as [number, number];
  const [k2, n] = b.shape as [number, number];
  if (k !== k2) throw runtimeError(`mat1 and mat2 shapes cannot be multiplied (${m}x${k} and ${k2}x${n})`);
  broadcastBias(bias, [m, n]);
  if (bias.dtype !== b.dtype) throw runtimeError('self and mat2 must have the same dtype');
  if (a.dtype !== b.dtype) throw runtimeError('mat1 and mat2 must have the same dtype');
  const dtype = b.dtype;
  const out = Tensor.fromStorage(gemm(materialize(bias, [m, n], dtype), a, b, beta, alpha, dtype), [m, n], dtype);
  const biasShape = [...bias.shape];
  const aColumnMajor = isColumnMajor(a);
  const bColumnMajor = isColumnMajor(b);
  record(
    'AddmmBackward0',
    [bias, a, b],
    out,
    ([grad], [savedA, savedB]) => [
      bias.requiresGrad ? sumToShape(maybeMultiply(grad!, beta), biasShape) : null,
      a.requiresGrad ? maybeMultiply(mmFirstBackward(grad!, savedB!, aColumnMajor), alpha) : null,
      b.requiresGrad ? maybeMultiply(mmSecondBackward(grad!, savedA!, bColumnMajor), alpha) : null,
    ],
    [a, b],
  );
  return out;
}

/**
 * addmv(input, mat, vec, beta=, alpha=): beta × input + alpha × (mat @ vec), as the reference gemv computes it:
 * for a row-major matrix (gemv 'T') alpha × each dot product added to beta × input; for a column-major one
 * (gemv 'N') each output accumulates (alpha × vec[j]) × mat[i, j] onto beta × input.
 */
export function addmv(bias: Tensor, matrix: Tensor, vector: Tensor, beta = 1, alpha = 1): Tensor {
  if (matrix.ndim !== 2 || vector.ndim !== 1 || bias.ndim > 1) throw runtimeError(`vector + matrix @ vector expected, got ${bias.ndim}, ${matrix.ndim}, ${vector.ndim}`);
  const [m, k] = matrix.shape as [number, number];
  if (k !== vector.shape[0] || (m !== bias.numel && bias.numel !== 1)) throw runtimeError(`size mismatch, got ${bias.shape[0] ?? 1}, ${m}x${k},${vector.shape[0]}`);
  const dtype = checkSameDtype(matrix, vector);
  const columnMajor = matrix.strides[0] === 1 && (k === 1 || matrix.strides[1]! >= Math.max(1, m));
  const asColumn = reshape(vector, [k, 1]);
  // The column-major case is gemm's accumulating loop with the vector as the scaled operand, the row-major one its dot-product loop.
  const layout = columnMajor ? matrix.viewAs([m, k], [1, Math.max(1, m)], matrix.offset) : matrix;
  const values = gemm(materialize(bias, [m], dtype), columnMajor ? layout : contiguous(matrix), asColumn, beta, alpha, dtype);
  const out = Tensor.fromStorage(values, [m], dtype);
  const biasShape = [...bias.shape];
  record(
    'AddmvBackward0',
    [bias, matrix, vector],
    out,
    ([grad], [savedMatrix, savedVector]) => [
      bias.requiresGrad ? sumToShape(maybeMultiply(grad!, beta), biasShape) : null,
      matrix.requiresGrad ? maybeMultiply(mul(reshape(grad!, [m, 1]), savedVector!), alpha) : null,
      vector.requiresGrad ? maybeMultiply(mv(t(savedMatrix!), grad!), alpha) : null,
    ],
    [matrix, vector],
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

/**
 * addr(input, vec1, vec2, beta=, alpha=): beta × input + alpha × outer(vec1, vec2), elementwise as PyTorch's
 * AVX2 kernel computes it: along each row, groups of 16 take fma(alpha × vec1[i], vec2[j], beta × input) and
 * the rest fma(beta, input, (alpha × vec1[i]) × vec2[j]); with beta 0 the input is ignored.
 */
export function addr(bias: Tensor, vec1: Tensor, vec2: Tensor, betaScalar = 1, alphaScalar = 1): Tensor {
  if (vec1.ndim !== 1) throw runtimeError(`addr: Expected 1-D argument vec1, but got ${vec1.ndim}-D`);
  if (vec2.ndim !== 1) throw runtimeError(`addr: Expected 1-D argument vec2, but got ${vec2.ndim}-D`);
  const n = vec1.shape[0]!;
  const m = vec2.shape[0]!;
  broadcastBias(bias, [n, m]);
  const dtype = promoteOperands(bias, vec1, vec2);
  const self = materialize(bias, [n, m], dtype);
  const left = materialize(vec1, [n], dtype);
  const right = materialize(vec2, [m], dtype);
  const out = allocate(dtype, n * m);
  const float32 = dtype === 'float32';
  const [beta, alpha] = [castValue(betaScalar, dtype), castValue(alphaScalar, dtype)];
  const round = float32 ? Math.fround : (x: number) => x;
  const fused = float32 ? fmaf : fma;
  const vectorized = m - (m % 16);
  for (let i = 0; i < n; i++) {
    const scaledLeft = round(alpha * left[i]!);
    for (let j = 0; j < m; j++) {
      const at = i * m + j;
      if (beta === 0) out[at] = scaledLeft * right[j]!;
      else if (j < vectorized) out[at] = fused(scaledLeft, right[j]!, round(beta * self[at]!));
      else out[at] = fused(beta, self[at]!, round(scaledLeft * right[j]!));
    }
  }
  const result = Tensor.fromStorage(out, [n, m], dtype);
  const biasShape = [...bias.shape];
  record(
    'AddrBackward0',
    [bias, vec1, vec2],
    result,
    ([grad], [saved1, saved2]) => [
      bias.requiresGrad ? sumToShape(maybeMultiply(grad!, betaScalar), biasShape) : null,
      vec1.requiresGrad ? maybeMultiply(mv(grad!, saved2!), alphaScalar) : null,
      vec2.requiresGrad ? maybeMultiply(mv(t(grad!), saved1!), alphaScalar) : null,
    ],
    [vec1, vec2],
  );
  return result;
}

function checkBatches(batch1: Tensor, batch2: Tensor): [number, number, number, number] {
  if (batch1.ndim !== 3) throw runtimeError('batch1 must be a 3D tensor');
  if (batch2.ndim !== 3) throw runtimeError('batch2 must be a 3D tensor');
  const [batches, m, k] = batch1.shape as [number, number, number];
  return [batches, m, k, batch2.shape[2]!];
}

/**
 * baddbmm(input, batch1, batch2, beta=, alpha=): beta × input + alpha × (batch1 @ batch2), computed as
 * PyTorch does, addmm_ batch by batch (see gemm).
 */
export function baddbmm(bias: Tensor, batch1: Tensor, batch2: Tensor, beta = 1, alpha = 1): Tensor {
  broadcastBias(bias, [batch1.shape[0] ?? 1, batch1.shape[1] ?? 1, batch2.shape[2] ?? 1]);
  const [batches, m, k, n] = checkBatches(batch1, batch2);
  if (batch2.shape[0] !== batches || batch2.shape[1] !== k) {
    throw runtimeError(`Expected size for first two dimensions of batch2 tensor to be: [${batches}, ${k}] but got: [${batch2.shape[0]}, ${batch2.shape[1]}].`);
  }
  const dtype = checkSameDtype(batch1, batch2);
  const self = materialize(bias, [batches, m, n], dtype);
  const values = allocate(dtype, batches * m * n);
  for (let i = 0; i < batches; i++) {
    const own = self.subarray(i * m * n, (i + 1) * m * n);
    const left = select(batch1, 0, i);
    const right = select(batch2, 0, i);
    values.set(gemm(own, left, right, beta, alpha, dtype), i * m * n);
  }
  const out = Tensor.fromStorage(values, [batches, m, n], dtype);
  const biasShape = [...bias.shape];
  record(
    'BaddbmmBackward0',
    [bias, batch1, batch2],
    out,
    ([grad], [saved1, saved2]) => [
      bias.requiresGrad ? sumToShape(maybeMultiply(grad!, beta), biasShape) : null,
      batch1.requiresGrad ? maybeMultiply(bmm(grad!, transpose(saved2!, 1, 2)), alpha) : null,
      batch2.requiresGrad ? maybeMultiply(bmm(transpose(saved1!, 1, 2), grad!), alpha) : null,
    ],
    [batch1, batch2],
  );
  return out;
}

/**
 * addbmm(input, batch1, batch2, beta=, alpha=): beta × input + alpha × the sum of the batches' products,
 * as PyTorch computes it: addmm_ batch after batch into the result, beta applied with the first only.
 */
export function addbmm(bias: Tensor, batch1: Tensor, batch2: Tensor, beta = 1, alpha = 1): Tensor {
  broadcastBias(bias, [batch1.shape[1] ?? 1, batch2.shape[2] ?? 1]);
  const [batches, m, k, n] = checkBatches(batch1, batch2);
  if (batch2.shape[0] !== batches) throw runtimeError(`batch1 and batch2 must have same number of batches, got ${batches} and ${batch2.shape[0]}`);
  if (batch2.shape[1] !== k) throw runtimeError(`Incompatible matrix sizes for bmm (${m}x${k} and ${batch2.shape[1]}x${n})`);
  const dtype = checkSameDtype(batch1, batch2);
  let values = batches === 0 ? scaled(materialize(bias, [m, n], dtype), beta, dtype) : materialize(bias, [m, n], dtype);
  for (let i = 0; i < batches; i++) values = gemm(values, select(batch1, 0, i), select(batch2, 0, i), i === 0 ? beta : 1, alpha, dtype);
  const out = Tensor.fromStorage(values, [m, n], dtype);
  const biasShape = [...bias.shape];
  record(
    'AddbmmBackward0',
    [bias, batch1, batch2],
    out,
    ([grad], [saved1, saved2]) => [
      bias.requiresGrad ? sumToShape(maybeMultiply(grad!, beta), biasShape) : null,
      batch1.requiresGrad ? maybeMultiply(bmm(expand(unsqueeze(grad!, 0), [batches, m, n]), transpose(saved2!, 1, 2)), alpha) : null,
      batch2.requiresGrad ? maybeMultiply(bmm(transpose(saved1!, 1, 2), expand(unsqueeze(grad!, 0), [batches, m, n])), alpha) : null,
    ],
    [batch1, batch2],
  );
  return out;
}

/** vdot(a, b): the dot product of two 1-D tensors (no conjugation without complex numbers): VdotBackward0. */
export function vdot(a: Tensor, b: Tensor): Tensor {
  if (a.ndim !== 1 || b.ndim !== 1) throw runtimeError(`1D tensors expected, but got ${a.ndim}D and ${b.ndim}D tensors`);
  if (a.dtype !== b.dtype) throw runtimeError(`expected both vectors to have same dtype, but found ${scalarTypeName(a.dtype)} and ${scalarTypeName(b.dtype)}`);
  const out = withGradMode(false, () => dot(a, b));
  record('VdotBackward0', [a, b], out, ([grad], [savedA, savedB]) => [a.requiresGrad ? mul(grad!, savedB!) : null, b.requiresGrad ? mul(grad!, savedA!) : null], [a, b]);
  return out;
}

/**
 * tensordot(a, b, dims_a, dims_b): the contracted dims permuted last in a and first in b, both reshaped to
 * matrices, multiplied with mm and reshaped to the free dims (PyTorch's implementation; a contracted dim of
 * size 1 on one side is summed on the other first).
 */
export function tensordot(a: Tensor, b: Tensor, dimsA: readonly number[], dimsB: readonly number[]): Tensor {
  if (dimsA.length !== dimsB.length) throw runtimeError('both dimension lists should have same length');
  let left = a;
  let right = b;
  let contracted = 1;
  dimsA.forEach((dimA, i) => {
    const sizeA = a.shape[normalizeDim(dimA, a.ndim)]!;
    const sizeB = b.shape[normalizeDim(dimsB[i]!, b.ndim)]!;
    if (sizeB === 1) left = sum(left, [dimA], true);
    else if (sizeA === 1) right = sum(right, [dimsB[i]!], true);
    else if (sizeA !== sizeB) {
      throw runtimeError(`contracted dimensions need to match, but first has size ${sizeA} in dim ${dimA} and second has size ${sizeB} in dim ${dimsB[i]}`);
    } else contracted *= sizeA;
  });
  const contractedA = new Set(dimsA.map((dim) => normalizeDim(dim, a.ndim)));
  const contractedB = new Set(dimsB.map((dim) => normalizeDim(dim, b.ndim)));
  const freeA = a.shape.map((_, d) => d).filter((d) => !contractedA.has(d));
  const freeB = b.shape.map((_, d) => d).filter((d) => !contractedB.has(d));
  const sizesA = freeA.map((d) => left.shape[d]!);
  const sizesB = freeB.map((d) => right.shape[d]!);
  const rows = sizesA.reduce((product, size) => product * size, 1);
  const columns = sizesB.reduce((product, size) => product * size, 1);
  const matrixA = reshape(permute(left, [...freeA, ...dimsA]), [rows, contracted]);
  const matrixB = reshape(permute(right, [...dimsB, ...freeB]), [contracted, columns]);
  return reshape(mm(matrixA, matrixB), [...sizesA, ...sizesB]);
}

/** inner(a, b): a product with a number for a 0-d operand, else tensordot over both last dims (vectors too). */
export function inner(a: Tensor, b: Tensor): Tensor {
  if (a.ndim === 0 || b.ndim === 0) return mul(a, b);
  const last = a.shape[a.ndim - 1]!;
  if (last !== b.shape[b.ndim - 1]) {
    throw runtimeError(`inner() the last dimension must match on both input tensors but got shapes [${a.shape.join(', ')}] and [${b.shape.join(', ')}]`);
  }
  return tensordot(a, b, [-1], [-1]);
}

/**
 * kron(a, b): the Kronecker product, as PyTorch computes it: a viewed with a size-1 dim after each of its dims,
 * b with one before each of its, multiplied with broadcasting and viewed back (UnsafeViewBackward0).
 */
export function kron(a: Tensor, b: Tensor): Tensor {
  const rank = Math.max(a.ndim, b.ndim);
  const aShape: number[] = [];
  const bShape: number[] = [];
  const outShape: number[] = [];
  for (let i = 0; i < rank; i++) {
    const sizeA = i >= rank - a.ndim ? a.shape[i - rank + a.ndim]! : 1;
    const sizeB = i >= rank - b.ndim ? b.shape[i - rank + b.ndim]! : 1;
    aShape.push(sizeA, 1);
    bShape.push(1, sizeB);
    outShape.push(sizeA * sizeB);
  }
  return unsafeView(mul(unsafeView(a, aShape), unsafeView(b, bShape)), outShape);
}

/**
 * linalg.cross(a, b, dim=-1): the cross product along a dim of size 3, broadcasting the other dims. Each
 * component is a[i] × b[j] - a[j] × b[i] with the first product fused (PyTorch's kernel, compiled with FMA).
 * torch.cross without a dim takes the first dim of size 3. LinalgCrossBackward0.
 */
export function cross(a: Tensor, b: Tensor, dim?: number): Tensor {
  const shape = broadcastShapes(a.shape, b.shape);
  let d: number;
  if (dim === undefined) {
    d = shape.findIndex((size) => size === 3);
    if (d === -1) throw runtimeError('no dimension of size 3 in input');
  } else {
    d = normalizeDim(dim, shape.length);
    if (a.shape[a.ndim - shape.length + d] !== 3 || b.shape[b.ndim - shape.length + d] !== 3) {
      throw runtimeError(`linalg.cross: inputs dimension ${dim} must have length 3. Got ${a.shape[a.ndim - shape.length + d] ?? 1} and ${b.shape[b.ndim - shape.length + d] ?? 1}`);
    }
  }
  const dtype = promoteOperands(a, b);
  const left = materialize(a, shape, dtype);
  const right = materialize(b, shape, dtype);
  const out = allocate(dtype, left.length);
  const fused = dtype === 'float32' ? fmaf : dtype === 'float64' ? fma : (x: number, y: number, z: number) => x * y + z;
  const round = dtype === 'float32' ? Math.fround : (x: number) => x;
  const stride = shape.slice(d + 1).reduce((product, size) => product * size, 1);
  const outer = left.length / (3 * stride);
  for (let o = 0; o < outer; o++) {
    for (let s = 0; s < stride; s++) {
      const base = o * 3 * stride + s;
      for (let c = 0; c < 3; c++) {
        const i = base + ((c + 1) % 3) * stride;
        const j = base + ((c + 2) % 3) * stride;
        out[base + c * stride] = fused(left[i]!, right[j]!, -round(left[j]! * right[i]!));
      }
    }
  }
  const result = Tensor.fromStorage(out, shape, dtype);
  const aShape = [...a.shape];
  const bShape = [...b.shape];
  record(
    'LinalgCrossBackward0',
    [a, b],
    result,
    ([grad], [savedA, savedB]) => [
      a.requiresGrad ? sumToShape(cross(savedB!, grad!, d), aShape) : null,
      b.requiresGrad ? sumToShape(cross(grad!, savedA!, d), bShape) : null,
    ],
    [a, b],
  );
  return result;
}

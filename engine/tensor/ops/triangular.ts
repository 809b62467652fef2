// Triangles and diagonals: tril/triu, diagonal (a view), diag, diag_embed, diagflat, trace, tril_indices/
// triu_indices and fill_diagonal_. Each backward follows PyTorch's derivative formula, written after its forward.
import { allocate, castValue, isIndexDtype, isIntegral, scalarTypeName, type DType } from '../dtype';
import { indexError, runtimeError } from '../errors';
import { withGradMode } from '../autograd/gradMode';
import { contiguousStrides, normalizeDim, type Shape } from '../shape';
import { Tensor } from '../tensor';
import { contiguous, copyInto } from './copy';
import { zeros } from './creation';
import { fillInPlace } from './inplace';
import { record } from './record';
import { newTensor } from './statistics';
import { view } from './views';

type Triangle = 'lower' | 'upper';

function triangle(which: Triangle, tensor: Tensor, diagonal: number): Tensor {
  if (tensor.ndim === 0) throw indexError('Dimension specified as -2 but tensor has no dimensions');
  if (tensor.ndim < 2) normalizeDim(-2, tensor.ndim); // PyTorch's own message for a missing matrix dim
  const data = tensor.contiguousData();
  const out = allocate(tensor.dtype, data.length);
  const rows = tensor.shape[tensor.ndim - 2]!;
  const cols = tensor.shape[tensor.ndim - 1]!;
  for (let base = 0; base < data.length; base += rows * cols) {
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const keep = which === 'lower' ? j - i <= diagonal : j - i >= diagonal;
        if (keep) out[base + i * cols + j] = data[base + i * cols + j]!;
      }
    }
  }
  const result = newTensor(out, tensor.shape, tensor.dtype);
  record(which === 'lower' ? 'TrilBackward0' : 'TriuBackward0', [tensor], result, ([grad]) => [triangle(which, grad!, diagonal)]);
  return result;
}

/** tril(diagonal): the elements on and below the `diagonal`-th diagonal of each matrix, zeros elsewhere. */
export const tril = (tensor: Tensor, diagonal = 0): Tensor => triangle('lower', tensor, diagonal);
/** triu(diagonal): the elements on and above the `diagonal`-th diagonal of each matrix, zeros elsewhere. */
export const triu = (tensor: Tensor, diagonal = 0): Tensor => triangle('upper', tensor, diagonal);

/** The geometry of the `offset`-th diagonal over dims (dim1, dim2): a view dropping both and adding it last. */
function diagonalView(tensor: Tensor, offset: number, dim1: number, dim2: number): Tensor {
  const d1 = normalizeDim(dim1, tensor.ndim);
  const d2 = normalizeDim(dim2, tensor.ndim);
  if (d1 === d2) throw runtimeError(`diagonal dimensions cannot be identical ${dim1}, ${dim2}`);
  const size1 = tensor.shape[d1]!;
  const size2 = tensor.shape[d2]!;
  const length = Math.max(0, offset >= 0 ? Math.min(size1, size2 - offset) : Math.min(size1 + offset, size2));
  const start = length === 0 ? 0 : offset >= 0 ? offset * tensor.strides[d2]! : -offset * tensor.strides[d1]!;
  const keep = (_: number, k: number) => k !== d1 && k !== d2;
  return tensor.viewAs(
    [...tensor.shape.filter(keep), length],
    [...tensor.strides.filter(keep), tensor.strides[d1]! + tensor.strides[d2]!],
    tensor.offset + start,
  );
}

/** diagonal(offset, dim1, dim2): a view of the diagonal; its gradient lands on the diagonal of zeros. */
export function diagonal(tensor: Tensor, offset = 0, dim1 = 0, dim2 = 1): Tensor {
  const out = diagonalView(tensor, offset, dim1, dim2);
  const inputShape = [...tensor.shape];
  record('DiagonalBackward0', [tensor], out, ([grad]) => [diagonalBackward(grad!, inputShape, offset, dim1, dim2)]);
  return out;
}

/** diagonal_backward: `grad` written on the diagonal of zeros; recorded so that it is differentiable again. */
function diagonalBackward(grad: Tensor, inputShape: Shape, offset: number, dim1: number, dim2: number): Tensor {
  const full = zeros(inputShape, grad.dtype);
  copyInto(diagonalView(full, offset, dim1, dim2), grad);
  record('DiagonalBackwardBackward0', [grad], full, ([gradGrad]) => [diagonal(gradGrad!, offset, dim1, dim2)]);
  return full;
}

/** diag_embed's result, untracked: zeros of the output shape with `tensor`'s last dim on the chosen diagonal. */
function embedDiagonal(tensor: Tensor, offset: number, dim1: number, dim2: number): Tensor {
  const rank = tensor.ndim + 1;
  const d1 = normalizeDim(dim1, rank);
  const d2 = normalizeDim(dim2, rank);
  if (d1 === d2) throw runtimeError(`diagonal dimensions cannot be identical ${dim1}, ${dim2}`);
  const size = tensor.shape[tensor.ndim - 1]! + Math.abs(offset);
  const shape = tensor.shape.slice(0, -1);
  const [low, high] = d1 < d2 ? [d1, d2] : [d2, d1];
  shape.splice(low, 0, size);
  shape.splice(high, 0, size);
  const out = zeros(shape, tensor.dtype);
  copyInto(diagonalView(out, offset, d1, d2), tensor);
  return out;
}

/** diag_embed(offset, dim1, dim2): each last-dim vector placed on the diagonal of a new matrix over (dim1, dim2). */
export function diagEmbed(tensor: Tensor, offset = 0, dim1 = -2, dim2 = -1): Tensor {
  const out = embedDiagonal(tensor, offset, dim1, dim2);
  record('DiagEmbedBackward0', [tensor], out, ([grad]) => [diagonal(grad!, offset, dim1, dim2)]);
  return out;
}

/** diag(diagonal): a vector becomes a square matrix with it on that diagonal; a matrix gives a copy of its diagonal. */
export function diag(tensor: Tensor, k = 0): Tensor {
  if (tensor.ndim !== 1 && tensor.ndim !== 2) throw runtimeError('matrix or a vector expected');
  const out = withGradMode(false, () => (tensor.ndim === 1 ? embedDiagonal(tensor, k, 0, 1) : contiguous(diagonalView(tensor, k, 0, 1))));
  const inputShape = [...tensor.shape];
  record('DiagBackward0', [tensor], out, ([grad]) => [inputShape.length === 1 ? diagonal(grad!, k) : diagonalBackward(grad!, inputShape, k, 0, 1)]);
  return out;
}

/** diagflat(offset): the flattened input on the diagonal of a square matrix. */
export const diagflat = (tensor: Tensor, offset = 0): Tensor => diag(view(contiguous(tensor), [-1]), offset);

/**
 * trace(): the sum of a matrix's main diagonal, accumulated in double for floats (PyTorch's acc_type) and in
 * int64 for integers, whose result is int64.
 */
export function trace(tensor: Tensor): Tensor {
  if (tensor.ndim !== 2) throw runtimeError(`trace: expected a matrix, but got tensor with dim ${tensor.ndim}`);
  if (tensor.dtype === 'bool') throw runtimeError(`"trace" not implemented for '${scalarTypeName(tensor.dtype)}'`);
  const dtype: DType = isIntegral(tensor.dtype) ? 'int64' : tensor.dtype;
  const [rows, cols] = tensor.shape as [number, number];
  let total = 0;
  for (let i = 0; i < Math.min(rows, cols); i++) total += tensor.storage[tensor.offset + i * (tensor.strides[0]! + tensor.strides[1]!)]!;
  const values = allocate(dtype, 1);
  values[0] = castValue(total, dtype);
  const out = newTensor(values, [], dtype);
  // trace_backward puts the gradient at every (cols + 1)-th flat position, which for a matrix with more rows
  // than columns also reaches past the diagonal, as PyTorch's does.
  record('TraceBackward0', [tensor], out, ([grad]) => {
    const full = zeros([rows * cols], grad!.dtype);
    for (let i = 0; i < rows * cols; i += cols + 1) full.storage[i] = grad!.storage[grad!.offset]!;
    return [view(full, [rows, cols])];
  });
  return out;
}

function triangleIndices(which: Triangle, rows: number, cols: number, offset: number, dtype: DType): Tensor {
  if (!isIndexDtype(dtype)) throw runtimeError(`"${which === 'lower' ? 'tril' : 'triu'}_indices" not implemented for '${scalarTypeName(dtype)}'`);
  if (rows < 0) throw runtimeError(`row must be non-negative, got${rows}`);
  if (cols < 0) throw runtimeError(`col must be non-negative, got${cols}`);
  const coordinates: number[][] = [[], []];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (which === 'lower' ? j - i <= offset : j - i >= offset) {
        coordinates[0]!.push(i);
        coordinates[1]!.push(j);
      }
    }
  }
  const count = coordinates[0]!.length;
  const values = allocate(dtype, 2 * count);
  values.set(coordinates[0]!);
  values.set(coordinates[1]!, count);
  return new Tensor(values, [2, count], contiguousStrides([2, count]), 0, dtype);
}

/** tril_indices(row, col, offset): the coordinates of a row x col matrix's lower triangle, row by row. */
export const trilIndices = (rows: number, cols: number, offset = 0, dtype: DType = 'int64'): Tensor => triangleIndices('lower', rows, cols, offset, dtype);
export const triuIndices = (rows: number, cols: number, offset = 0, dtype: DType = 'int64'): Tensor => triangleIndices('upper', rows, cols, offset, dtype);

/** as_strided(self, [length], [stride], offset): a 1-D view whose gradient lands at its elements in zeros laid out like self. */
function stridedView(self: Tensor, length: number, stride: number, offset: number): Tensor {
  const out = self.viewAs([length], [stride], offset);
  const shape = [...self.shape];
  const strides = [...self.strides];
  const start = offset - self.offset;
  record('AsStridedBackward0', [self], out, ([grad]) => {
    const span = shape.reduce((total, size, d) => total + (size - 1) * strides[d]!, 1);
    const storage = allocate(grad!.dtype, span);
    copyInto(new Tensor(storage, [length], [stride], start, grad!.dtype), grad!);
    return [new Tensor(storage, shape, strides, 0, grad!.dtype)];
  });
  return out;
}

/**
 * fill_diagonal_(value, wrap): writes `value` on the main diagonal (all dims equal beyond 2); with wrap, a tall
 * matrix's diagonal restarts every cols + 1 rows. Each stretch is filled in place through a view of self.
 * `value` is a wrapped Python number.
 */
export function fillDiagonalInPlace(self: Tensor, value: Tensor, wrap = false): Tensor {
  if (self.ndim < 2) throw runtimeError('dimensions must larger than 1');
  const [height, width] = self.shape as [number, number];
  if (self.ndim > 2 && self.shape.some((size) => size !== height)) throw runtimeError('all dimensions of input must be of equal length');
  const stride = self.strides.reduce((total, s) => total + s, 0);
  const fill = (length: number, offset: number) => fillInPlace(stridedView(self, length, stride, offset), value);
  fill(Math.min(height, width), self.offset);
  if (wrap && self.ndim === 2 && height > width + 1) {
    const step = width + 1;
    fill(Math.floor((self.numel + step - 1) / step) - Math.min(height, width), self.offset + self.strides[0]! * (width + 1));
  }
  return self;
}

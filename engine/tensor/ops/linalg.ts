// Matrix products. The kernel accumulates each output in order over k, rounding every product and sum to the
// dtype, which is how the reference BLAS that PyTorch calls on this platform computes them.
import { allocate, scalarTypeName, type DType, type Storage } from '../dtype';
import { runtimeError } from '../errors';
import { Tensor } from '../tensor';
import { mul } from './arithmetic';
import { promoteOperands, materialize } from './elementwise';
import { record } from './record';
import { squeeze, t, unsqueeze } from './views';
import { sumToShape } from './reduce';

/** (m×k)·(k×n); with `initial` (m×n), each finished dot product is added to it (gemm with beta = 1). */
function matmulKernel(a: Storage, b: Storage, m: number, k: number, n: number, dtype: DType, initial?: Storage): Storage {
  const out = allocate(dtype, m * n);
  const round = dtype === 'float32' ? Math.fround : (x: number) => x;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let acc = 0;
      for (let p = 0; p < k; p++) acc = round(acc + round(a[i * k + p]! * b[p * n + j]!));
      out[i * n + j] = initial ? round(initial[i * n + j]! + acc) : acc;
    }
  }
  return out;
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
  const out = Tensor.fromStorage(matmulKernel(materialize(a, a.shape, dtype), materialize(b, b.shape, dtype), m, k, n, dtype), [m, n], dtype);
  record(
    'MmBackward0',
    [a, b],
    out,
    ([grad], [savedA, savedB]) => [a.requiresGrad ? mm(grad!, t(savedB!)) : null, b.requiresGrad ? mm(t(savedA!), grad!) : null],
    [a, b],
  );
  return out;
}

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
  const out = Tensor.fromStorage(matmulKernel(materialize(a, a.shape, dtype), materialize(b, b.shape, dtype), m, k, n, dtype, initial), [m, n], dtype);
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
  throw runtimeError('matmul of tensors with more than 2 dims is not supported yet');
}

export function mv(a: Tensor, v: Tensor): Tensor {
  const [m, k] = a.shape as [number, number];
  if (v.shape[0] !== k) throw runtimeError(`size mismatch, got input (${m}), mat (${m}x${k}), vec (${v.shape[0]})`);
  const dtype = checkSameDtype(a, v);
  const out = Tensor.fromStorage(matmulKernel(materialize(a, a.shape, dtype), materialize(v, v.shape, dtype), m, k, 1, dtype), [m], dtype);
  record(
    'MvBackward0',
    [a, v],
    out,
    ([grad], [savedA, savedV]) => [
      a.requiresGrad ? mm(unsqueeze(grad!, 1), unsqueeze(savedV!, 0)) : null,
      v.requiresGrad ? mv(t(savedA!), grad!) : null,
    ],
    [a, v],
  );
  return out;
}

export function dot(a: Tensor, b: Tensor): Tensor {
  if (a.shape[0] !== b.shape[0]) {
    throw runtimeError(`inconsistent tensor size, expected tensor [${a.shape[0]}] and src [${b.shape[0]}] to have the same number of elements, but got ${a.shape[0]} and ${b.shape[0]} elements respectively`);
  }
  const dtype = checkSameDtype(a, b);
  const out = Tensor.fromStorage(matmulKernel(materialize(a, a.shape, dtype), materialize(b, b.shape, dtype), 1, a.shape[0]!, 1, dtype), [], dtype);
  record(
    'DotBackward0',
    [a, b],
    out,
    ([grad], [savedA, savedB]) => [a.requiresGrad ? mul(savedB!, grad!) : null, b.requiresGrad ? mul(savedA!, grad!) : null],
    [a, b],
  );
  return out;
}

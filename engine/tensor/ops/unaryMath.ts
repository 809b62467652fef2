// Elementwise math functions, each with its derivative. Integer inputs compute in the default float dtype.
import { isFloating, type DType } from '../dtype';
import type { Tensor } from '../tensor';
import { mul, div, sub } from './arithmetic';
import { binary, unary, wrapNumber, type BinaryKernel, type UnaryKernel } from './elementwise';
import { record } from './record';
import { expFloat32 } from '../kernels/expFloat32';

const floatDtype = (dtype: DType): DType => (isFloating(dtype) ? dtype : 'float32');

const EXP: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.exp(a[i]!);
};
/** PyTorch's float32 exp is SLEEF's vectorised expf, not the correctly rounded value. */
const EXP_FLOAT32: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = expFloat32(a[i]!);
};
const LOG: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.log(a[i]!);
};
const SQRT: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.sqrt(a[i]!);
};
const TANH: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.tanh(a[i]!);
};
/** PyTorch's float32 kernel rounds each step: 1 / (1 + exp(-x)), with its SLEEF exp. */
const SIGMOID_FLOAT32: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = 1 / Math.fround(1 + expFloat32(-a[i]!));
};
const SIGMOID: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = 1 / (1 + Math.exp(-a[i]!));
};
const RELU: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! > 0 ? a[i]! : a[i]! !== a[i]! ? a[i]! : 0;
};

export function exp(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, dtype === 'float32' ? EXP_FLOAT32 : EXP, dtype);
  record('ExpBackward0', [tensor], out, ([grad], [result]) => [mul(grad!, result!)], [out]);
  return out;
}

export function log(tensor: Tensor): Tensor {
  const out = unary(tensor, LOG, floatDtype(tensor.dtype));
  record('LogBackward0', [tensor], out, ([grad], [input]) => [div(grad!, input!)], [tensor]);
  return out;
}

export function sqrt(tensor: Tensor): Tensor {
  const out = unary(tensor, SQRT, floatDtype(tensor.dtype));
  record('SqrtBackward0', [tensor], out, ([grad], [result]) => [div(grad!, mul(result!, wrapNumber(2, 'int64')))], [out]);
  return out;
}

export function tanh(tensor: Tensor): Tensor {
  const out = unary(tensor, TANH, floatDtype(tensor.dtype));
  record('TanhBackward0', [tensor], out, ([grad], [result]) => [tanhBackward(grad!, result!)], [out]);
  return out;
}

/**
 * tanh_backward: grad * (1 - y*y), with 1 - y*y as one fused multiply-add, as PyTorch's float32 kernel
 * computes it (y*y of two float32 values is exact in double, so one rounding after the subtraction matches).
 */
const TANH_BACKWARD: BinaryKernel = (grad, y, out, n) => {
  for (let i = 0; i < n; i++) out[i] = grad[i]! * Math.fround(1 - y[i]! * y[i]!);
};

function tanhBackward(grad: Tensor, result: Tensor): Tensor {
  if (result.dtype !== 'float32' || grad.requiresGrad || result.requiresGrad) {
    return mul(grad, sub(wrapNumber(1, 'int64'), mul(result, result)));
  }
  return binary(grad, result, TANH_BACKWARD, result.dtype);
}

export function sigmoid(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, dtype === 'float32' ? SIGMOID_FLOAT32 : SIGMOID, dtype);
  // sigmoid_backward: (grad * (1 - y)) * y
  record('SigmoidBackward0', [tensor], out, ([grad], [result]) => [mul(mul(grad!, sub(wrapNumber(1, 'int64'), result!)), result!)], [out]);
  return out;
}

const GT_ZERO_MASK: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = b[i]! > 0 ? a[i]! : 0;
};

export function relu(tensor: Tensor): Tensor {
  const out = unary(tensor, RELU, tensor.dtype);
  // threshold_backward(grad, result, 0): the gradient passes where the output is positive.
  record('ReluBackward0', [tensor], out, ([grad], [result]) => [binary(grad!, result!, GT_ZERO_MASK, grad!.dtype)], [out]);
  return out;
}

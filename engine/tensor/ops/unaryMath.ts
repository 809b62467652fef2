// Elementwise math functions, each with its derivative. Transcendental functions of integer inputs compute in
// the default float dtype; abs, sign and the rounding functions keep integer dtypes.
import { defaultFloatDtype, isFloating, scalarTypeName, type DType } from '../dtype';
import { runtimeError } from '../errors';
import type { Tensor } from '../tensor';
import { addScalar, mul, mulScalar, div, neg, powScalar, sub } from './arithmetic';
import { binary, splitsRows, unary, wrapNumber, type BinaryKernel, type UnaryKernel } from './elementwise';
import { record, zeroGradient } from './record';
import { withGradMode } from '../autograd/gradMode';
import { expFloat32 } from '../kernels/expFloat32';
import { wasmRelu } from '../kernels/wasm/elementwise';
import { expf } from '../kernels/libmFloat32';
import { sleefExpFloat64, sleefExpm1Float64, sleefLog1pFloat64, sleefLogFloat64, sleefTanhFloat64 } from '../kernels/sleefFloat64';
import { fma } from '../../numeric/fma';
import { libmExpFloat64 } from '../../numeric/libm';
import {
  cosFloat32Kernel,
  expm1Float32,
  log10Float32,
  log1pFloat32,
  log2Float32,
  logFloat32,
  sinFloat32Kernel,
  tanFloat32Kernel,
  tanhFloat32,
} from '../kernels/sleefFloat32';

const floatDtype = (dtype: DType): DType => (isFloating(dtype) ? dtype : defaultFloatDtype());

/** A kernel applying a float32 function (one of SLEEF's, as PyTorch's float32 kernels call) to each element. */
const perElement =
  (fn: (x: number) => number): UnaryKernel =>
  (a, out, n) => {
    for (let i = 0; i < n; i++) out[i] = fn(a[i]!);
  };

/** An op's kernel for its compute dtype: SLEEF's algorithm in float32, the double-precision one otherwise. */
const forDtype = <Kernel>(dtype: DType, float32: Kernel, other: Kernel): Kernel => (dtype === 'float32' ? float32 : other);

/** PyTorch's float64 exp is SLEEF's vectorised expd on every element. */
const EXP = perElement(sleefExpFloat64);
/** PyTorch's float32 exp is SLEEF's vectorised expf, not the correctly rounded value. */
const EXP_FLOAT32: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = expFloat32(a[i]!);
};
/** PyTorch's float64 log is SLEEF's vectorised logd on every element. */
const LOG = perElement(sleefLogFloat64);
const LOG_FLOAT32 = perElement(logFloat32);
const SQRT: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.sqrt(a[i]!);
};
/** PyTorch's float64 tanh is SLEEF's vectorised tanhd. */
const TANH = perElement(sleefTanhFloat64);
const TANH_FLOAT32 = perElement(tanhFloat32);
/**
 * PyTorch's kernel rounds each step of 1 / (1 + exp(-x)). Its vectorised loop takes 16 float32 (8 float64)
 * elements at a time with SLEEF's exp; the remaining few (all of a small tensor) go through glibc's exp.
 */
const SIGMOID_FLOAT32 = splitsRows<UnaryKernel>((a, out, n) => {
  const vectorEnd = n - (n % 16);
  for (let i = 0; i < vectorEnd; i++) out[i] = 1 / Math.fround(1 + expFloat32(-a[i]!));
  for (let i = vectorEnd; i < n; i++) out[i] = 1 / Math.fround(1 + expf(-a[i]!));
});
const SIGMOID = splitsRows<UnaryKernel>((a, out, n) => {
  const vectorEnd = n - (n % 8);
  for (let i = 0; i < vectorEnd; i++) out[i] = 1 / (1 + sleefExpFloat64(-a[i]!));
  for (let i = vectorEnd; i < n; i++) out[i] = 1 / (1 + libmExpFloat64(-a[i]!));
});
const RELU: UnaryKernel = (a, out, n) => {
  if (wasmRelu(a, out, n)) return;
  for (let i = 0; i < n; i++) out[i] = a[i]! > 0 ? a[i]! : a[i]! !== a[i]! ? a[i]! : 0;
};

export function exp(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, dtype === 'float32' ? EXP_FLOAT32 : EXP, dtype);
  record('ExpBackward0', [tensor], out, ([grad], [result]) => [mul(grad!, result!)], [out]);
  return out;
}

export function log(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, forDtype(dtype, LOG_FLOAT32, LOG), dtype);
  record('LogBackward0', [tensor], out, ([grad], [input]) => [div(grad!, input!)], [tensor]);
  return out;
}

export function sqrt(tensor: Tensor): Tensor {
  const out = unary(tensor, SQRT, floatDtype(tensor.dtype));
  record('SqrtBackward0', [tensor], out, ([grad], [result]) => [div(grad!, mulScalar(result!, 2))], [out]);
  return out;
}

export function tanh(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, forDtype(dtype, TANH_FLOAT32, TANH), dtype);
  record('TanhBackward0', [tensor], out, ([grad], [result]) => [tanhBackward(grad!, result!)], [out]);
  return out;
}

/**
 * tanh_backward: grad * (1 - y*y), with 1 - y*y as one fused multiply-add, as PyTorch's kernels compute it
 * (float32: y*y of two float32 values is exact in double, so one rounding after the subtraction matches).
 */
const TANH_BACKWARD_FLOAT32: BinaryKernel = (grad, y, out, n) => {
  for (let i = 0; i < n; i++) out[i] = grad[i]! * Math.fround(1 - y[i]! * y[i]!);
};
const TANH_BACKWARD: BinaryKernel = (grad, y, out, n) => {
  for (let i = 0; i < n; i++) out[i] = grad[i]! * fma(-y[i]!, y[i]!, 1);
};

/** tanh_backward(grad, y), itself differentiable (TanhBackwardBackward0) for higher-order gradients. */
function tanhBackward(grad: Tensor, result: Tensor): Tensor {
  const out = binary(grad, result, forDtype(result.dtype, TANH_BACKWARD_FLOAT32, TANH_BACKWARD), result.dtype);
  record(
    'TanhBackwardBackward0',
    [grad, result],
    out,
    ([gradGrad], [savedGrad, savedResult]) => [
      grad.requiresGrad ? tanhBackward(gradGrad!, savedResult!) : null,
      result.requiresGrad ? mul(gradGrad!, mul(mulScalar(savedResult!, -2), savedGrad!)) : null,
    ],
    [grad, result],
  );
  return out;
}

export function sigmoid(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, dtype === 'float32' ? SIGMOID_FLOAT32 : SIGMOID, dtype);
  record('SigmoidBackward0', [tensor], out, ([grad], [result]) => [sigmoidBackward(grad!, result!)], [out]);
  return out;
}

/** sigmoid_backward: (grad * (1 - y)) * y, itself differentiable (SigmoidBackwardBackward0). */
function sigmoidBackward(grad: Tensor, result: Tensor): Tensor {
  const out = withGradMode(false, () => mul(mul(grad, sub(wrapNumber(1, 'int64'), result)), result));
  record(
    'SigmoidBackwardBackward0',
    [grad, result],
    out,
    ([gradGrad], [savedGrad, savedResult]) => [
      grad.requiresGrad ? sigmoidBackward(gradGrad!, savedResult!) : null,
      // grad * grad_output * (-2 * y + 1)
      result.requiresGrad ? mul(mul(gradGrad!, savedGrad!), addScalar(mulScalar(savedResult!, -2), 1)) : null,
    ],
    [grad, result],
  );
  return out;
}

/** threshold_backward(grad, y, 0): zero where y <= 0 (a NaN result keeps the gradient). */
const GT_ZERO_MASK: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = b[i]! <= 0 ? 0 : a[i]!;
};

export function relu(tensor: Tensor): Tensor {
  const out = unary(tensor, RELU, tensor.dtype);
  record('ReluBackward0', [tensor], out, ([grad], [result]) => [thresholdBackward(grad!, result!)], [out]);
  return out;
}

/**
 * threshold_backward(grad, y, 0): the gradient passes where the output is positive. Differentiable in grad (the
 * same mask) and, with derivative zero, in y (ThresholdBackwardBackward0).
 */
function thresholdBackward(grad: Tensor, result: Tensor): Tensor {
  const out = binary(grad, result, GT_ZERO_MASK, grad.dtype);
  record(
    'ThresholdBackwardBackward0',
    [grad, result],
    out,
    ([gradGrad], [savedResult]) => [grad.requiresGrad ? thresholdBackward(gradGrad!, savedResult!) : null, result.requiresGrad ? zeroGradient(result.shape, gradGrad!.dtype) : null],
    [result],
  );
  return out;
}

/** Raises PyTorch's error for a kernel that has no implementation for this dtype. */
function checkImplemented(kernelName: string, tensor: Tensor, dtypes: readonly DType[]): void {
  if (!dtypes.includes(tensor.dtype)) throw runtimeError(`"${kernelName}" not implemented for '${scalarTypeName(tensor.dtype)}'`);
}

const NUMERIC: readonly DType[] = ['uint8', 'int8', 'int16', 'int32', 'int64', 'float32', 'float64'];
const FLOATING: readonly DType[] = ['float32', 'float64'];

const zerosLike = (grad: Tensor): Tensor => zeroGradient(grad.shape, grad.dtype);

// ---- abs and sign

const ABS: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.abs(a[i]!);
};
/** NaN and both zeros give 0. */
const SIGN: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! > 0 ? 1 : a[i]! < 0 ? -1 : 0;
};

export function abs(tensor: Tensor): Tensor {
  checkImplemented('abs_cpu', tensor, NUMERIC);
  const out = unary(tensor, ABS, tensor.dtype);
  record('AbsBackward0', [tensor], out, ([grad], [input]) => [mul(grad!, sgn(input!))], [tensor]);
  return out;
}

/** sign keeps the dtype; on bools it is the identity. */
export function sign(tensor: Tensor): Tensor {
  const out = unary(tensor, SIGN, tensor.dtype);
  record('SignBackward0', [tensor], out, ([grad]) => [zerosLike(grad!)]);
  return out;
}

/** sgn: sign for real tensors (what abs's backward calls), recorded as SgnBackward0. */
export function sgn(tensor: Tensor): Tensor {
  const out = unary(tensor, SIGN, tensor.dtype);
  record('SgnBackward0', [tensor], out, ([grad]) => [zerosLike(grad!)]);
  return out;
}

// ---- rounding: integers pass through unchanged, bools are refused, the gradient is zero

const FLOOR: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.floor(a[i]!);
};
const CEIL: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.ceil(a[i]!);
};
const TRUNC: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.trunc(a[i]!);
};
/** Half to even (nearbyint): Math.round rounds halves up, so an odd result of a half is stepped back down. */
const ROUND_HALF_EVEN: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) {
    const rounded = Math.round(a[i]!);
    out[i] = rounded - a[i]! === 0.5 && rounded % 2 !== 0 ? rounded - 1 : rounded;
  }
};

function rounding(name: string, kernelName: string, tensor: Tensor, kernel: UnaryKernel): Tensor {
  checkImplemented(kernelName, tensor, NUMERIC);
  const out = unary(tensor, kernel, tensor.dtype);
  record(name, [tensor], out, ([grad]) => [zerosLike(grad!)]);
  return out;
}

export const floor = (tensor: Tensor): Tensor => rounding('FloorBackward0', 'floor_vml_cpu', tensor, FLOOR);
export const ceil = (tensor: Tensor): Tensor => rounding('CeilBackward0', 'ceil_vml_cpu', tensor, CEIL);
export const trunc = (tensor: Tensor): Tensor => rounding('TruncBackward0', 'trunc_vml_cpu', tensor, TRUNC);

/** round(), or round(decimals=d): scaled by 10**d, rounded half to even and scaled back, each step in the dtype. */
export function round(tensor: Tensor, decimals = 0): Tensor {
  if (decimals === 0) return rounding('RoundBackward0', 'round_vml_cpu', tensor, ROUND_HALF_EVEN);
  checkImplemented('round_cpu', tensor, FLOATING);
  const out = unary(tensor, roundDecimalsKernel(decimals, tensor.dtype), tensor.dtype);
  record('RoundBackward1', [tensor], out, ([grad]) => [zerosLike(grad!)]);
  return out;
}

/** Scales into `out` (rounded to the dtype on store), rounds half to even there, and scales back. */
function roundDecimalsKernel(decimals: number, dtype: DType): UnaryKernel {
  const scale = dtype === 'float32' ? Math.fround(10 ** Math.abs(decimals)) : 10 ** Math.abs(decimals);
  // A negative decimals rounds to tens, hundreds, ...: divide first, then multiply back.
  const down = decimals < 0;
  return (a, out, n) => {
    for (let i = 0; i < n; i++) out[i] = down ? a[i]! / scale : a[i]! * scale;
    ROUND_HALF_EVEN(out, out, n);
    for (let i = 0; i < n; i++) out[i] = down ? out[i]! * scale : out[i]! / scale;
  };
}

/** x - trunc(x), exact in the dtype; the gradient passes through unchanged. */
const FRAC: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! - Math.trunc(a[i]!);
};

export function frac(tensor: Tensor): Tensor {
  checkImplemented('frac_cpu', tensor, FLOATING);
  const out = unary(tensor, FRAC, tensor.dtype);
  record('FracBackward0', [tensor], out, ([grad]) => [grad]);
  return out;
}

// ---- logarithms and exponentials

/** PyTorch's float64 log1p and expm1 are SLEEF's vectorised log1pd and expm1d on every element. */
const LOG1P = perElement(sleefLog1pFloat64);
const EXPM1 = perElement(sleefExpm1Float64);
const LOG2: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.log2(a[i]!);
};
const LOG10: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.log10(a[i]!);
};
const LOG1P_FLOAT32 = perElement(log1pFloat32);
const EXPM1_FLOAT32 = perElement(expm1Float32);
const LOG2_FLOAT32 = perElement(log2Float32);
const LOG10_FLOAT32 = perElement(log10Float32);

export function log1p(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, forDtype(dtype, LOG1P_FLOAT32, LOG1P), dtype);
  record('Log1PBackward0', [tensor], out, ([grad], [input]) => [div(grad!, addScalar(input!, 1))], [tensor]);
  return out;
}

export function expm1(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, forDtype(dtype, EXPM1_FLOAT32, EXPM1), dtype);
  record('Expm1Backward0', [tensor], out, ([grad], [result]) => [mul(grad!, addScalar(result!, 1))], [out]);
  return out;
}

export function log2(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, forDtype(dtype, LOG2_FLOAT32, LOG2), dtype);
  record('Log2Backward0', [tensor], out, ([grad], [input]) => [div(grad!, mulScalar(input!, Math.LN2))], [tensor]);
  return out;
}

export function log10(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, forDtype(dtype, LOG10_FLOAT32, LOG10), dtype);
  record('Log10Backward0', [tensor], out, ([grad], [input]) => [div(grad!, mulScalar(input!, Math.LN10))], [tensor]);
  return out;
}

/** PyTorch computes 1 / sqrt(x), rounding the square root to float32 before dividing. */
const RSQRT_FLOAT32: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = 1 / Math.fround(Math.sqrt(a[i]!));
};
const RSQRT: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = 1 / Math.sqrt(a[i]!);
};

export function rsqrt(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, dtype === 'float32' ? RSQRT_FLOAT32 : RSQRT, dtype);
  // -0.5 * grad * result**3
  record(
    'RsqrtBackward0',
    [tensor],
    out,
    ([grad], [result]) => [mul(mulScalar(grad!, -0.5), powScalar(result!, wrapNumber(3, 'int64')))],
    [out],
  );
  return out;
}

// ---- trigonometry

const SIN: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.sin(a[i]!);
};
const COS: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.cos(a[i]!);
};
const TAN: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.tan(a[i]!);
};
// sin, cos and tan choose their argument reduction per vector of 8 elements (see sleefFloat32.ts).
const SIN_FLOAT32: UnaryKernel = sinFloat32Kernel;
const COS_FLOAT32: UnaryKernel = cosFloat32Kernel;
const TAN_FLOAT32: UnaryKernel = tanFloat32Kernel;

export function sin(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, forDtype(dtype, SIN_FLOAT32, SIN), dtype);
  record('SinBackward0', [tensor], out, ([grad], [input]) => [mul(grad!, cos(input!))], [tensor]);
  return out;
}

export function cos(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, forDtype(dtype, COS_FLOAT32, COS), dtype);
  record('CosBackward0', [tensor], out, ([grad], [input]) => [mul(grad!, neg(sin(input!)))], [tensor]);
  return out;
}

export function tan(tensor: Tensor): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const out = unary(tensor, forDtype(dtype, TAN_FLOAT32, TAN), dtype);
  // grad * (1 + result**2)
  record('TanBackward0', [tensor], out, ([grad], [result]) => [mul(grad!, addScalar(powScalar(result!, wrapNumber(2, 'int64')), 1))], [out]);
  return out;
}

/** square is pow(x, 2): integers and bools give int64, and the node is PowBackward0. */
export const square = (tensor: Tensor): Tensor => powScalar(tensor, wrapNumber(2, 'int64'));

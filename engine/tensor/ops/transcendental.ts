// Inverse trigonometric, hyperbolic and error functions, exp2 and logit, each with its derivative. Integer and bool
// inputs compute in the default float dtype. Each float32 kernel takes the path PyTorch 1.13's CPU kernel takes:
// asin, acos, atan, erf and erfc run SLEEF's vectorised function on every element; sinh, cosh and atan2 run it
// on whole groups of 16 elements and glibc's float function on the rest (logit: SLEEF's and glibc's log); asinh, acosh, atanh and exp2 have no
// vectorised form and call glibc's on every element. float64 uses JavaScript's Math functions (fdlibm), within
// an ulp or two of PyTorch's glibc/SLEEF results (test/unit/transcendental.test.ts measures the differences).
import { isFloating, type DType } from '../dtype';
import { runtimeError } from '../errors';
import { broadcastShapes, numel } from '../shape';
import type { Tensor } from '../tensor';
import { addScalar, div, mul, mulScalar, neg, powScalar, reciprocal, rsub, sub, add } from './arithmetic';
import { binary, promoteOperands, unary, wrapNumber, type BinaryKernel, type UnaryKernel } from './elementwise';
import { record } from './record';
import { sumToShape } from './reduce';
import { exp, rsqrt } from './unaryMath';
import { sleefErfFloat64 } from '../kernels/sleefFloat64';
import {
  acosFloat32,
  asinFloat32,
  atan2Float32,
  atanFloat32,
  coshFloat32,
  erfcFloat32,
  erfFloat32,
  sinhFloat32,
} from '../kernels/sleefFloat32';
import { acoshf, asinhf, atan2f, atanhf, coshf, exp2f, logf, sinhf } from '../kernels/libmFloat32';
import { logFloat32 } from '../kernels/sleefFloat32';
import { gt, logicalOr, lt } from './comparison';
import { maskedFill } from './indexing';

const everyElement =
  (fn: (x: number) => number): UnaryKernel =>
  (a, out, n) => {
    for (let i = 0; i < n; i++) out[i] = fn(a[i]!);
  };

/** Whole groups of 16 through the vectorised function, the remaining few through the scalar one. */
const vectorBodyScalarTail =
  (vector: (x: number) => number, scalar: (x: number) => number): UnaryKernel =>
  (a, out, n) => {
    const vectorEnd = n - (n % 16);
    for (let i = 0; i < vectorEnd; i++) out[i] = vector(a[i]!);
    for (let i = vectorEnd; i < n; i++) out[i] = scalar(a[i]!);
  };

const floatDtype = (dtype: DType): DType => (isFloating(dtype) ? dtype : 'float32');

/** A unary op computing in the float dtype with the kernel for that dtype. */
function floatUnary(tensor: Tensor, float32: UnaryKernel, float64: UnaryKernel): Tensor {
  const dtype = floatDtype(tensor.dtype);
  return unary(tensor, dtype === 'float32' ? float32 : float64, dtype);
}

const squared = (tensor: Tensor): Tensor => powScalar(tensor, wrapNumber(2, 'int64'));
const one = (): Tensor => wrapNumber(1, 'int64');

// ---- inverse trigonometric

const ASIN_FLOAT32 = everyElement(asinFloat32);
const ACOS_FLOAT32 = everyElement(acosFloat32);
const ATAN_FLOAT32 = everyElement(atanFloat32);

export function asin(tensor: Tensor): Tensor {
  const out = floatUnary(tensor, ASIN_FLOAT32, everyElement(Math.asin));
  // grad * (-x * x + 1).rsqrt()
  record('AsinBackward0', [tensor], out, ([grad], [x]) => [mul(grad!, rsqrt(addScalar(mul(neg(x!), x!), 1)))], [tensor]);
  return out;
}

export function acos(tensor: Tensor): Tensor {
  const out = floatUnary(tensor, ACOS_FLOAT32, everyElement(Math.acos));
  // grad * -((-x * x + 1).rsqrt())
  record('AcosBackward0', [tensor], out, ([grad], [x]) => [mul(grad!, neg(rsqrt(addScalar(mul(neg(x!), x!), 1))))], [tensor]);
  return out;
}

export function atan(tensor: Tensor): Tensor {
  const out = floatUnary(tensor, ATAN_FLOAT32, everyElement(Math.atan));
  record('AtanBackward0', [tensor], out, ([grad], [x]) => [div(grad!, addScalar(mul(x!, x!), 1))], [tensor]);
  return out;
}

/**
 * The length of the runs PyTorch's binary loop walks for operands broadcast to `shape`: its innermost dims
 * merged while every operand steps through them contiguously (or stays put), as TensorIterator coalesces them.
 */
function innerRunLength(shape: readonly number[], operands: readonly Tensor[]): number {
  const dims = shape.map((size, d) => ({ size, strides: operands.map((t) => operandStride(t, shape, d)) })).filter(({ size }) => size !== 1);
  if (dims.length === 0) return 1;
  const innermost = dims[dims.length - 1]!.strides;
  let length = dims[dims.length - 1]!.size;
  for (let d = dims.length - 2; d >= 0; d--) {
    if (!dims[d]!.strides.every((stride, i) => stride === innermost[i]! * length)) break;
    length *= dims[d]!.size;
  }
  return length;
}

/** The stride of `tensor` broadcast to `shape` along dim d, for its contiguous layout (0 along broadcast dims). */
function operandStride(tensor: Tensor, shape: readonly number[], d: number): number {
  const own = d - (shape.length - tensor.ndim);
  if (own < 0 || tensor.shape[own] === 1) return 0;
  let stride = 1;
  for (let k = own + 1; k < tensor.ndim; k++) stride *= tensor.shape[k]!;
  return stride;
}

/** A binary kernel run as PyTorch's vectorised loop: per run, whole groups through `vector`, the rest through `scalar`. */
const binaryByRuns =
  (run: number, group: number, vector: (a: number, b: number) => number, scalar: (a: number, b: number) => number): BinaryKernel =>
  (a, b, out, n) => {
    for (let start = 0; start < n; start += run) {
      const end = Math.min(start + run, n);
      const vectorEnd = end - ((end - start) % group);
      for (let i = start; i < vectorEnd; i++) out[i] = vector(a[i]!, b[i]!);
      for (let i = vectorEnd; i < end; i++) out[i] = scalar(a[i]!, b[i]!);
    }
  };

export function atan2(input: Tensor, other: Tensor): Tensor {
  const dtype = floatDtype(promoteOperands(input, other));
  const shape = broadcastShapes(input.shape, other.shape);
  const run = Math.max(1, Math.min(innerRunLength(shape, [input, other]), numel(shape)));
  const kernel = dtype === 'float32' ? binaryByRuns(run, 16, atan2Float32, atan2f) : binaryByRuns(run, 1, Math.atan2, Math.atan2);
  const out = binary(input, other, kernel, dtype);
  // recip = 1 / (x * x + y * y): grad * other * recip, grad * -self * recip
  record(
    'Atan2Backward0',
    [input, other],
    out,
    ([grad], [self, otherSaved]) => {
      const recip = reciprocal(add(mul(self!, self!), mul(otherSaved!, otherSaved!)));
      return [
        input.requiresGrad ? sumToShape(mul(mul(grad!, otherSaved!), recip), input.shape) : null,
        other.requiresGrad ? sumToShape(mul(mul(grad!, neg(self!)), recip), other.shape) : null,
      ];
    },
    [input, other],
  );
  return out;
}

// ---- hyperbolic

const SINH_FLOAT32 = vectorBodyScalarTail(sinhFloat32, sinhf);
const COSH_FLOAT32 = vectorBodyScalarTail(coshFloat32, coshf);

export function sinh(tensor: Tensor): Tensor {
  const out = floatUnary(tensor, SINH_FLOAT32, everyElement(Math.sinh));
  record('SinhBackward0', [tensor], out, ([grad], [x]) => [mul(grad!, cosh(x!))], [tensor]);
  return out;
}

export function cosh(tensor: Tensor): Tensor {
  const out = floatUnary(tensor, COSH_FLOAT32, everyElement(Math.cosh));
  record('CoshBackward0', [tensor], out, ([grad], [x]) => [mul(grad!, sinh(x!))], [tensor]);
  return out;
}

export function asinh(tensor: Tensor): Tensor {
  const out = floatUnary(tensor, everyElement(asinhf), everyElement(Math.asinh));
  record('AsinhBackward0', [tensor], out, ([grad], [x]) => [mul(grad!, rsqrt(addScalar(squared(x!), 1)))], [tensor]);
  return out;
}

export function acosh(tensor: Tensor): Tensor {
  const out = floatUnary(tensor, everyElement(acoshf), everyElement(Math.acosh));
  record('AcoshBackward0', [tensor], out, ([grad], [x]) => [mul(grad!, rsqrt(sub(squared(x!), one())))], [tensor]);
  return out;
}

export function atanh(tensor: Tensor): Tensor {
  const out = floatUnary(tensor, everyElement(atanhf), everyElement(Math.atanh));
  // grad * 1 / (1 - x.pow(2))
  record('AtanhBackward0', [tensor], out, ([grad], [x]) => [div(grad!, rsub(squared(x!), one()))], [tensor]);
  return out;
}

// ---- error functions and exp2

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

/** d/dx erf(x) = 2/sqrt(pi) exp(-x^2), times grad: (scale * exp(-(x^2))) * grad. */
const erfDerivative = (grad: Tensor, x: Tensor, scale: number): Tensor => mul(mulScalar(exp(neg(squared(x))), scale), grad);

export function erf(tensor: Tensor): Tensor {
  const out = floatUnary(tensor, everyElement(erfFloat32), everyElement(sleefErfFloat64));
  record('ErfBackward0', [tensor], out, ([grad], [x]) => [erfDerivative(grad!, x!, TWO_OVER_SQRT_PI)], [tensor]);
  return out;
}

export function erfc(tensor: Tensor): Tensor {
  if (tensor.dtype === 'float64') throw runtimeError('erfc of a float64 tensor is not supported in agnb (float32 only)');
  const out = floatUnary(tensor, everyElement(erfcFloat32), everyElement(erfcFloat32));
  record('ErfcBackward0', [tensor], out, ([grad], [x]) => [erfDerivative(grad!, x!, -TWO_OVER_SQRT_PI)], [tensor]);
  return out;
}

export function exp2(tensor: Tensor): Tensor {
  const out = floatUnary(tensor, everyElement(exp2f), everyElement((x) => 2 ** x));
  // grad * result * ln 2
  record('Exp2Backward0', [tensor], out, ([grad], [result]) => [mulScalar(mul(grad!, result!), Math.LN2)], [out]);
  return out;
}

// ---- logit

/** log(x / (1 - x)), x first clamped to [eps, 1 - eps] when eps is given; +inf at x = 1. */
const logitValue =
  (logFn: (x: number) => number, round: (x: number) => number, lo: number, hi: number) =>
  (input: number): number => {
    const x = input < lo ? lo : input > hi ? hi : input;
    return x === 1 ? Infinity : logFn(round(x / round(1 - x)));
  };

export function logit(tensor: Tensor, eps?: number): Tensor {
  const dtype = floatDtype(tensor.dtype);
  const float32 = dtype === 'float32';
  const round = float32 ? Math.fround : (x: number) => x;
  const [lo, hi] = eps === undefined ? [-Infinity, Infinity] : [round(eps), round(1 - round(eps))];
  const out = floatUnary(
    tensor,
    vectorBodyScalarTail(logitValue(logFloat32, round, lo, hi), logitValue(logf, round, lo, hi)),
    everyElement(logitValue(Math.log, round, lo, hi)),
  );
  // grad / (x (1 - x)) inside the range: NaN outside [0, 1] without eps, 0 outside [eps, 1 - eps] with it
  record(
    'LogitBackward0',
    [tensor],
    out,
    ([grad], [x]) => {
      const inner = div(grad!, mul(x!, rsub(x!, one())));
      const outside = logicalOr(lt(x!, wrapNumber(eps ?? 0, 'float64')), gt(x!, wrapNumber(eps === undefined ? 1 : 1 - eps, 'float64')));
      return [maskedFill(inner, outside, eps === undefined ? NaN : 0)];
    },
    [tensor],
  );
  return out;
}

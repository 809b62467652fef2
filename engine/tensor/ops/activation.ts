// The activation functions of torch.nn beyond relu/sigmoid/tanh: leaky_relu, elu, gelu, silu, softplus, each
// with its derivative, computed as PyTorch's CPU kernels compute them. Those kernels run a vectorised loop
// over 16 float32 (8 float64) elements at a time, calling SLEEF's vector functions, and a scalar loop over
// the rest calling the C library's; the compiler fused every multiply feeding an add into one fused
// multiply-add in both. float32 follows both paths bit for bit; float64 uses JavaScript's Math functions
// (within an ulp of SLEEF's and glibc's double functions), so its results can differ in the last bit.
// gelu's erf form on a contiguous float32 tensor runs in oneDNN instead (kernels/onednnGelu.ts).
import { isFloating, scalarTypeName, type DType, type Storage } from '../dtype';
import { runtimeError } from '../errors';
import type { Tensor } from '../tensor';
import { binary, splitsRows, unary, type BinaryKernel, type UnaryKernel } from './elementwise';
import { record } from './record';
import { expFloat32 } from '../kernels/expFloat32';
import { log1pFloat32, tanhFloat32 } from '../kernels/sleefFloat32';
import { erff, expf, log1pf, tanhf } from '../kernels/libmFloat32';
import { sleefExpFloat64, sleefLog1pFloat64, sleefTanhFloat64 } from '../kernels/sleefFloat64';
import { libmExpFloat64 } from '../kernels/libmFloat64';
import { geluErfDerivative, geluErfForward } from '../kernels/onednnGelu';
import { fma, fmaf } from '../../numeric/fma';

function checkFloating(kernelName: string, tensor: Tensor): void {
  if (!isFloating(tensor.dtype)) throw runtimeError(`"${kernelName}" not implemented for '${scalarTypeName(tensor.dtype)}'`);
}

type Round = (x: number) => number;
type Fused = (a: number, b: number, c: number) => number;

/** The transcendental functions one path of a kernel calls. */
interface MathFunctions {
  /** The vector path compares x > 0 where the scalar path compares x <= 0, which differ for NaN. */
  vector: boolean;
  exp: Round;
  log1p: Round;
  tanh: Round;
  erf: Round;
}

// gelu's vectorised erf on float32 (SLEEF's erff) is only reached by non-contiguous inputs; glibc's erff stands in
const SLEEF_FLOAT32: MathFunctions = { vector: true, exp: expFloat32, log1p: log1pFloat32, tanh: tanhFloat32, erf: erff };
const LIBM_FLOAT32: MathFunctions = { vector: false, exp: expf, log1p: log1pf, tanh: tanhf, erf: erff };
// float64: SLEEF's exp, log1p and tanh, glibc's exp; the scalar log1p and tanh from JavaScript's Math (fdlibm's
// algorithms, which glibc's are: a few inputs in 10^4 differ in the last bit)
const FLOAT64_VECTOR: MathFunctions = { vector: true, exp: sleefExpFloat64, log1p: sleefLog1pFloat64, tanh: sleefTanhFloat64, erf: erfFloat64 };
const FLOAT64_SCALAR: MathFunctions = { vector: false, exp: libmExpFloat64, log1p: Math.log1p, tanh: Math.tanh, erf: erfFloat64 };

/** The arithmetic of a dtype: rounding after each operation and the fused multiply-add. */
interface Arithmetic {
  r: Round;
  fused: Fused;
}

/** fma for float64 (whose emulation needs finite operands): infinite or NaN results as a * b + c gives them. */
const fusedFloat64: Fused = (a, b, c) => {
  const plain = a * b + c;
  return Number.isFinite(plain) ? fma(a, b, c) : plain;
};

const arithmeticOf = (dtype: DType): Arithmetic => (dtype === 'float32' ? { r: Math.fround, fused: fmaf } : { r: (x) => x, fused: fusedFloat64 });

/**
 * Runs `loop` over [0, n) as PyTorch's vectorised loop splits it: the elements of whole pairs of vectors
 * (16 float32 or 8 float64) with the vector path's functions, then the rest with the scalar path's.
 */
function splitLoop(dtype: DType, n: number, loop: (start: number, end: number, math: MathFunctions) => void): void {
  const group = dtype === 'float32' ? 16 : 8;
  const vectorEnd = n - (n % group);
  loop(0, vectorEnd, dtype === 'float32' ? SLEEF_FLOAT32 : FLOAT64_VECTOR);
  loop(vectorEnd, n, dtype === 'float32' ? LIBM_FLOAT32 : FLOAT64_SCALAR);
}

/**
 * An activation y = f(x) whose gradient is computed from x. `kernels` gets the dtype's arithmetic and returns
 * the forward kernel over [start, end) and the backward kernel of (grad, x) over [start, end).
 */
function pointwise(
  name: string,
  kernelName: string,
  input: Tensor,
  kernels: (arithmetic: Arithmetic) => [
    (x: Storage, out: Storage, start: number, end: number, math: MathFunctions) => void,
    (grad: Storage, x: Storage, out: Storage, start: number, end: number, math: MathFunctions) => void,
  ],
): Tensor {
  checkFloating(kernelName, input);
  const dtype = input.dtype;
  const [forward, backward] = kernels(arithmeticOf(dtype));
  const forwardKernel = splitsRows<UnaryKernel>((x, out, n) => splitLoop(dtype, n, (start, end, math) => forward(x, out, start, end, math)));
  const backwardKernel = splitsRows<BinaryKernel>((grad, x, out, n) => splitLoop(dtype, n, (start, end, math) => backward(grad, x, out, start, end, math)));
  const out = unary(input, forwardKernel, dtype);
  record(name, [input], out, ([grad], [saved]) => [binary(grad!, saved!, backwardKernel, saved!.dtype)], [input]);
  return out;
}

export function leakyRelu(input: Tensor, negativeSlope = 0.01): Tensor {
  return pointwise('LeakyReluBackward0', 'leaky_relu_cpu', input, ({ r }) => {
    const slope = r(negativeSlope);
    return [
      (a, out, start, end) => {
        for (let i = start; i < end; i++) out[i] = a[i]! > 0 ? a[i]! : a[i]! * slope;
      },
      (grad, x, out, start, end) => {
        for (let i = start; i < end; i++) out[i] = x[i]! > 0 ? grad[i]! : grad[i]! * slope;
      },
    ];
  });
}

/** elu: x for x > 0, alpha * (exp(x) - 1) otherwise; the gradient alpha * exp(x) * grad from the input. */
export function elu(input: Tensor, alpha = 1): Tensor {
  return pointwise('EluBackward0', 'elu_cpu', input, ({ r }) => {
    const a = r(alpha);
    return [
      (x, out, start, end, { exp }) => {
        for (let i = start; i < end; i++) out[i] = x[i]! > 0 ? x[i]! : r(r(exp(x[i]!)) - 1) * a;
      },
      (grad, x, out, start, end, { exp, vector }) => {
        for (let i = start; i < end; i++) out[i] = x[i]! > 0 || (!vector && x[i]! !== x[i]!) ? grad[i]! : r(grad[i]! * a) * exp(x[i]!);
      },
    ];
  });
}

/** silu: x / (1 + exp(-x)); the gradient grad * s * (1 + x (1 - s)) with s = sigmoid(x). */
export function silu(input: Tensor): Tensor {
  return pointwise('SiluBackward0', 'silu_cpu', input, ({ r, fused }) => [
    (x, out, start, end, { exp }) => {
      for (let i = start; i < end; i++) out[i] = x[i]! / r(1 + exp(-x[i]!));
    },
    (grad, x, out, start, end, { exp }) => {
      for (let i = start; i < end; i++) {
        const sigmoid = r(1 / r(1 + exp(-x[i]!)));
        out[i] = r(grad[i]! * sigmoid) * fused(x[i]!, r(1 - sigmoid), 1);
      }
    },
  ]);
}

/** softplus: log1p(exp(beta * x)) / beta, or x where beta * x exceeds the threshold. */
export function softplus(input: Tensor, beta = 1, threshold = 20): Tensor {
  return pointwise('SoftplusBackward0', 'softplus_cpu', input, ({ r }) => {
    const b = r(beta);
    const limit = r(threshold);
    return [
      (x, out, start, end, { exp, log1p }) => {
        for (let i = start; i < end; i++) {
          const scaled = r(x[i]! * b);
          out[i] = scaled > limit ? x[i]! : r(log1p(exp(scaled))) / b;
        }
      },
      (grad, x, out, start, end, { exp }) => {
        for (let i = start; i < end; i++) {
          const scaled = r(x[i]! * b);
          const z = exp(scaled);
          out[i] = scaled > limit ? grad[i]! : r(grad[i]! * z) / r(z + 1);
        }
      },
    ];
  });
}

// ---- gelu

/** exp(-x^2) without the rounding error of x^2 (split exactly into high and low parts with an fma). */
function expMinusSquare(x: number): number {
  const high = x * x;
  const low = fma(x, x, -high);
  return Math.exp(-high) * (1 - low);
}

/**
 * erf in double precision, for float64 gelu (within an ulp of glibc's erf and of SLEEF's vectorised erf, not
 * bit for bit): for |x| < 1.2 the series 2/sqrt(pi) * exp(-x^2) * sum x^(2n+1) 2^n / (1*3*...*(2n+1))
 * (positive terms, no cancellation); beyond, 1 - erfc(|x|) with erfc from its continued fraction (Lentz).
 */
export function erfFloat64(x: number): number {
  const ax = Math.abs(x);
  let value: number;
  if (ax < 1.2) {
    let term = ax;
    let total = ax;
    for (let n = 1; term > total * 1e-17; n++) {
      term *= (2 * ax * ax) / (2 * n + 1);
      total += term;
    }
    value = (2 / Math.sqrt(Math.PI)) * expMinusSquare(ax) * total;
  } else if (ax < 6) {
    // erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))
    const tiny = 1e-300;
    let f = ax;
    let c = ax;
    let d = 0;
    for (let k = 1; k < 300; k++) {
      const a = k / 2;
      d = ax + a * d;
      d = d === 0 ? tiny : 1 / d;
      c = ax + a / c;
      if (c === 0) c = tiny;
      const delta = c * d;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-17) break;
    }
    value = 1 - expMinusSquare(ax) / Math.sqrt(Math.PI) / f;
  } else value = 1;
  return x < 0 ? -value : value;
}

// M_SQRT1_2, M_2_SQRTPI and M_SQRT2 as C's math.h defines them
const SQRT1_2 = 0.7071067811865476;
const TWO_OVER_SQRT_PI = 1.1283791670955126;
const SQRT2 = 1.4142135623730951;
const GELU_KAPPA = 0.044715;

export type GeluApproximation = 'none' | 'tanh';

/** gelu: x * Φ(x), exactly (erf) or with the tanh approximation. */
export function gelu(input: Tensor, approximate: GeluApproximation = 'none'): Tensor {
  if (approximate === 'tanh') return geluTanh(input);
  // PyTorch hands a contiguous float32 tensor of more than one element to oneDNN, forward and backward.
  if (input.dtype === 'float32' && input.numel > 1 && input.isContiguous()) {
    return pointwise('GeluBackward0', 'GeluKernelImpl', input, ({ r }) => [
      (x, out, start, end) => {
        for (let i = start; i < end; i++) out[i] = geluErfForward(x[i]!);
      },
      (grad, x, out, start, end) => {
        for (let i = start; i < end; i++) out[i] = r(grad[i]! * geluErfDerivative(x[i]!));
      },
    ]);
  }
  return pointwise('GeluBackward0', 'GeluKernelImpl', input, ({ r }) => {
    const alpha = r(SQRT1_2);
    const normal = r(TWO_OVER_SQRT_PI * SQRT1_2 * 0.5);
    return [
      (x, out, start, end, { erf }) => {
        for (let i = start; i < end; i++) out[i] = r(x[i]! * 0.5) * r(1 + r(erf(r(x[i]! * alpha))));
      },
      (grad, x, out, start, end, { exp, erf }) => {
        for (let i = start; i < end; i++) {
          const v = x[i]!;
          const cdf = r(0.5 * r(1 + r(erf(r(v * alpha)))));
          const pdf = r(normal * exp(r(r(v * v) * -0.5)));
          out[i] = r(grad[i]! * r(cdf + r(v * pdf)));
        }
      },
    ];
  });
}

/**
 * gelu's tanh form: 0.5 x (1 + tanh(beta (x + kappa x^3))), and its derivative
 * 0.5 (1 + t) + 0.5 x (1 - t^2) beta (1 + 3 kappa x^2), the multiplies feeding an add fused except the last.
 */
function geluTanh(input: Tensor): Tensor {
  return pointwise('GeluBackward0', 'GeluKernelImpl', input, ({ r, fused }) => {
    const beta = r(SQRT2 * TWO_OVER_SQRT_PI * 0.5);
    const kappa = r(GELU_KAPPA);
    const threeKappa = r(3 * kappa);
    const inner = (v: number, square: number) => r(beta * fused(kappa, r(square * v), v));
    return [
      (x, out, start, end, { tanh }) => {
        for (let i = start; i < end; i++) {
          const v = x[i]!;
          out[i] = r(r(0.5 * v) * r(1 + r(tanh(inner(v, r(v * v))))));
        }
      },
      (grad, x, out, start, end, { tanh }) => {
        for (let i = start; i < end; i++) {
          const v = x[i]!;
          const square = r(v * v);
          const t = r(tanh(inner(v, square)));
          const leftDerivative = r(0.5 * r(1 + t));
          const tanhDerivative = fused(-t, t, 1);
          const innerDerivative = r(beta * fused(threeKappa, square, 1));
          const rightDerivative = r(r(r(0.5 * v) * tanhDerivative) * innerDerivative);
          out[i] = r(grad[i]! * r(leftDerivative + rightDerivative));
        }
      },
    ];
  });
}

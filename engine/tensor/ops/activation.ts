// The activation functions of torch.nn beyond relu/sigmoid/tanh: leaky_relu, elu, gelu, silu, softplus, each
// with its derivative. float32 results round every step to float32 as PyTorch's kernels do; where those kernels
// call vectorised exp/expm1/log1p/erf (SLEEF or a polynomial), results can differ from PyTorch's in the last bit.
import { isFloating, scalarTypeName, type DType } from '../dtype';
import { runtimeError } from '../errors';
import type { Tensor } from '../tensor';
import { binary, unary, type BinaryKernel, type UnaryKernel } from './elementwise';
import { record } from './record';
import { expFloat32 } from '../kernels/expFloat32';
import { fma, fmaf } from '../../numeric/fma';

/** Rounding to the dtype of a computation, and its exp. */
const rounding = (dtype: DType) => (dtype === 'float32' ? Math.fround : (x: number) => x);
const expOf = (dtype: DType) => (dtype === 'float32' ? expFloat32 : Math.exp);

function checkFloating(kernelName: string, tensor: Tensor): void {
  if (!isFloating(tensor.dtype)) throw runtimeError(`"${kernelName}" not implemented for '${scalarTypeName(tensor.dtype)}'`);
}

type Round = (x: number) => number;

/**
 * An activation y = f(x) whose gradient is computed from x. `kernels` gets the rounding and exp of the input's
 * dtype and returns the forward kernel and the backward kernel of (grad, x).
 */
function pointwise(name: string, kernelName: string, input: Tensor, kernels: (r: Round, exp: Round) => [UnaryKernel, BinaryKernel]): Tensor {
  checkFloating(kernelName, input);
  const [forward, backward] = kernels(rounding(input.dtype), expOf(input.dtype));
  const out = unary(input, forward, input.dtype);
  record(name, [input], out, ([grad], [saved]) => [binary(grad!, saved!, backward, saved!.dtype)], [input]);
  return out;
}

export function leakyRelu(input: Tensor, negativeSlope = 0.01): Tensor {
  return pointwise('LeakyReluBackward0', 'leaky_relu_cpu', input, (r) => {
    const slope = r(negativeSlope);
    return [
      (a, out, n) => {
        for (let i = 0; i < n; i++) out[i] = a[i]! > 0 ? a[i]! : a[i]! * slope;
      },
      (grad, x, out, n) => {
        for (let i = 0; i < n; i++) out[i] = x[i]! > 0 ? grad[i]! : grad[i]! * slope;
      },
    ];
  });
}

/** elu: x for x > 0, alpha * (exp(x) - 1) otherwise (exp, then the subtraction, as PyTorch's kernel rounds). */
export function elu(input: Tensor, alpha = 1): Tensor {
  return pointwise('EluBackward0', 'elu_cpu', input, (r, exp) => {
    const a = r(alpha);
    return [
      (x, out, n) => {
        for (let i = 0; i < n; i++) out[i] = x[i]! > 0 ? x[i]! : r(r(exp(x[i]!)) - 1) * a;
      },
      (grad, x, out, n) => {
        for (let i = 0; i < n; i++) out[i] = x[i]! > 0 ? grad[i]! : r(grad[i]! * a) * exp(x[i]!);
      },
    ];
  });
}

/** silu: x * sigmoid(x), computed as x / (1 + exp(-x)). */
export function silu(input: Tensor): Tensor {
  return pointwise('SiluBackward0', 'silu_cpu', input, (r, exp) => [
    (x, out, n) => {
      for (let i = 0; i < n; i++) out[i] = x[i]! / r(1 + exp(-x[i]!));
    },
    (grad, x, out, n) => {
      for (let i = 0; i < n; i++) {
        const sigmoid = r(1 / r(1 + exp(-x[i]!)));
        out[i] = r(grad[i]! * sigmoid) * r(1 + r(x[i]! * r(1 - sigmoid)));
      }
    },
  ]);
}

/** softplus: log1p(exp(beta * x)) / beta, or x where beta * x exceeds the threshold. */
export function softplus(input: Tensor, beta = 1, threshold = 20): Tensor {
  return pointwise('SoftplusBackward0', 'softplus_cpu', input, (r, exp) => {
    const b = r(beta);
    const limit = r(threshold);
    return [
      (x, out, n) => {
        for (let i = 0; i < n; i++) {
          const scaled = r(x[i]! * b);
          out[i] = scaled > limit ? x[i]! : r(Math.log1p(exp(scaled))) / b;
        }
      },
      (grad, x, out, n) => {
        for (let i = 0; i < n; i++) {
          const scaled = r(x[i]! * b);
          const z = exp(scaled);
          out[i] = scaled > limit ? grad[i]! : r(grad[i]! * z) / r(z + 1);
        }
      },
    ];
  });
}

// ---- gelu

/**
 * erf in float32 as PyTorch's vectorised kernel computes it: Abramowitz and Stegun 7.1.26 with fused
 * multiply-adds, sign(x) * (1 - r(t) * t * exp(-x^2)), t = 1 / (1 + p|x|).
 */
const ERF_P = Math.fround(0.3275911);
const ERF_COEFFICIENTS = [1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592].map(Math.fround);

function erfFloat32(x: number): number {
  const ax = Math.abs(x);
  const t = Math.fround(1 / fmaf(ERF_P, ax, 1));
  let poly = ERF_COEFFICIENTS[0]!;
  for (let k = 1; k < ERF_COEFFICIENTS.length; k++) poly = fmaf(poly, t, ERF_COEFFICIENTS[k]!);
  const value = fmaf(Math.fround(-expFloat32(-Math.fround(x * x)) * t), poly, 1);
  return x < 0 ? -value : value;
}

/** exp(-x^2) without the rounding error of x^2 (split exactly into high and low parts with an fma). */
function expMinusSquare(x: number): number {
  const high = x * x;
  const low = fma(x, x, -high);
  return Math.exp(-high) * (1 - low);
}

/**
 * erf in double precision: for |x| < 1.2 the series 2/sqrt(pi) * exp(-x^2) * sum x^(2n+1) 2^n / (1*3*...*(2n+1))
 * (positive terms, no cancellation); beyond, 1 - erfc(|x|) with erfc from its continued fraction (Lentz).
 */
function erfFloat64(x: number): number {
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

const SQRT1_2 = Math.SQRT1_2;
const GELU_BETA = Math.SQRT2 * (2 / Math.sqrt(Math.PI)) * 0.5;
const GELU_KAPPA = 0.044715;

export type GeluApproximation = 'none' | 'tanh';

/** gelu: x * Φ(x), exactly (erf) or with the tanh approximation. */
export function gelu(input: Tensor, approximate: GeluApproximation = 'none'): Tensor {
  const erf = input.dtype === 'float32' ? erfFloat32 : erfFloat64;
  if (approximate === 'tanh') {
    return pointwise('GeluBackward0', 'GeluKernelImpl', input, (r) => {
      const beta = r(GELU_BETA);
      const kappa = r(GELU_KAPPA);
      return [
        (x, out, n) => {
          for (let i = 0; i < n; i++) {
            const v = x[i]!;
            const inner = r(beta * r(v + r(kappa * r(r(v * v) * v))));
            out[i] = r(r(0.5 * v) * r(1 + r(Math.tanh(inner))));
          }
        },
        (grad, x, out, n) => {
          for (let i = 0; i < n; i++) {
            const v = x[i]!;
            const square = r(v * v);
            const tanhInner = r(Math.tanh(r(beta * r(v + r(kappa * r(square * v))))));
            const left = r(0.5 * v);
            const leftDerivative = r(0.5 * r(1 + tanhInner));
            const innerDerivative = r(beta * r(1 + r(r(3 * kappa) * square)));
            const rightDerivative = r(r(left * r(1 - r(tanhInner * tanhInner))) * innerDerivative);
            out[i] = r(grad[i]! * r(leftDerivative + rightDerivative));
          }
        },
      ];
    });
  }
  return pointwise('GeluBackward0', 'GeluKernelImpl', input, (r, exp) => {
    const alpha = r(SQRT1_2);
    const normal = r(0.5 * (2 / Math.sqrt(Math.PI)) * SQRT1_2);
    return [
      (x, out, n) => {
        for (let i = 0; i < n; i++) {
          // 0.5x * erf + 0.5x: one fused step in PyTorch's (oneDNN) float32 kernel, so erf = -1 gives +0
          const half = r(x[i]! * 0.5);
          out[i] = input.dtype === 'float32' ? fmaf(erf(r(x[i]! * alpha)), half, half) : half * (1 + erf(x[i]! * alpha));
        }
      },
      (grad, x, out, n) => {
        for (let i = 0; i < n; i++) {
          const v = x[i]!;
          const cdf = r(0.5 * r(1 + erf(r(v * alpha))));
          const pdf = r(normal * exp(r(r(-0.5 * v) * v)));
          out[i] = r(grad[i]! * r(cdf + r(v * pdf)));
        }
      },
    ];
  });
}

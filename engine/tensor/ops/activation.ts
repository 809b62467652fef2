// The activation functions of torch.nn beyond relu/sigmoid/tanh: leaky_relu, elu, gelu, silu, softplus, each
// with its derivative, computed as PyTorch's CPU kernels compute them. Those kernels run a vectorised loop
// over 16 float32 (8 float64) elements at a time, calling SLEEF's vector functions, and a scalar loop over
// the rest calling the C library's; the compiler fused every multiply feeding an add into one fused
// multiply-add in both. float32 follows both paths bit for bit; float64 uses JavaScript's Math functions
// (within an ulp of SLEEF's and glibc's double functions), so its results can differ in the last bit.
// gelu's erf form on a contiguous float32 tensor runs in oneDNN instead (kernels/onednnGelu.ts).
import { isFloating, scalarTypeName, type DType, type Storage } from '../dtype';
import { normalizeDim } from '../shape';
import { runtimeError } from '../errors';
import type { Tensor } from '../tensor';
import { binary, splitsRows, unary, wrapNumber, type BinaryKernel, type UnaryKernel } from './elementwise';
import { record, zeroGradient } from './record';
import { add, addScalar, mul, mulScalar, sub } from './arithmetic';
import { lt } from './comparison';
import { contiguous, toDtype } from './copy';
import { narrow } from './reorder';
import { cat } from './join';
import { full } from './creation';
import * as unaryMath from './unaryMath';
import { sigmoid } from './unaryMath';
import { isGradEnabled, withGradMode } from '../autograd/gradMode';
import { expFloat32 } from '../kernels/expFloat32';
import { log1pFloat32, tanhFloat32 } from '../kernels/sleefFloat32';
import { erff, expf, log1pf, tanhf } from '../kernels/libmFloat32';
import { sleefErfFloat64, sleefExpFloat64, sleefLog1pFloat64, sleefTanhFloat64 } from '../kernels/sleefFloat64';
import { libmErfFloat64, libmExpFloat64 } from '../../numeric/libm';
import { geluErfDerivative, geluErfForward } from '../kernels/onednnGelu';
import { fma, fmaf } from '../../numeric/fma';

export function checkFloating(kernelName: string, tensor: Tensor): void {
  if (!isFloating(tensor.dtype)) throw runtimeError(`"${kernelName}" not implemented for '${scalarTypeName(tensor.dtype)}'`);
}

type Round = (x: number) => number;
type Fused = (a: number, b: number, c: number) => number;

/** The transcendental functions one path of a kernel calls. */
export interface MathFunctions {
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
// float64: SLEEF's exp, log1p, tanh and erf, glibc's exp and erf; the scalar log1p and tanh from JavaScript's Math
// (fdlibm's algorithms, which glibc's are: a few inputs in 10^4 differ in the last bit)
const FLOAT64_VECTOR: MathFunctions = { vector: true, exp: sleefExpFloat64, log1p: sleefLog1pFloat64, tanh: sleefTanhFloat64, erf: sleefErfFloat64 };
const FLOAT64_SCALAR: MathFunctions = { vector: false, exp: libmExpFloat64, log1p: Math.log1p, tanh: Math.tanh, erf: libmErfFloat64 };

/** The arithmetic of a dtype: rounding after each operation and the fused multiply-add. */
export interface Arithmetic {
  r: Round;
  fused: Fused;
}

/** fma for float64 (whose emulation needs finite operands): infinite or NaN results as a * b + c gives them. */
const fusedFloat64: Fused = (a, b, c) => {
  const plain = a * b + c;
  return Number.isFinite(plain) ? fma(a, b, c) : plain;
};

export const arithmeticOf = (dtype: DType): Arithmetic => (dtype === 'float32' ? { r: Math.fround, fused: fmaf } : { r: (x) => x, fused: fusedFloat64 });

/**
 * Runs `loop` over [0, n) as PyTorch's vectorised loop splits it: the elements of whole pairs of vectors
 * (16 float32 or 8 float64) with the vector path's functions, then the rest with the scalar path's.
 */
export function splitLoop(dtype: DType, n: number, loop: (start: number, end: number, math: MathFunctions) => void): void {
  const group = dtype === 'float32' ? 16 : 8;
  const vectorEnd = n - (n % group);
  loop(0, vectorEnd, dtype === 'float32' ? SLEEF_FLOAT32 : FLOAT64_VECTOR);
  loop(vectorEnd, n, dtype === 'float32' ? LIBM_FLOAT32 : FLOAT64_SCALAR);
}

/** A vectorised kernel over [start, end) of one input. */
export type ForwardLoop = (x: Storage, out: Storage, start: number, end: number, math: MathFunctions) => void;
/** A vectorised gradient kernel over [start, end): of (grad, x) or (grad, result). */
export type GradientLoop = (grad: Storage, x: Storage, out: Storage, start: number, end: number, math: MathFunctions) => void;
/** An activation's backward: the gradient of its input from the incoming gradient and the saved tensor. */
export type Gradient = (grad: Tensor, saved: Tensor) => Tensor;

/** Runs a unary loop split into PyTorch's vector and scalar paths, over PyTorch's rows. */
export const splitUnary = (input: Tensor, loop: ForwardLoop): Tensor =>
  unary(input, splitsRows<UnaryKernel>((x, out, n) => splitLoop(input.dtype, n, (start, end, math) => loop(x, out, start, end, math))), input.dtype);

/** Runs a gradient loop split into PyTorch's vector and scalar paths, over PyTorch's rows. */
export const splitGradient = (grad: Tensor, saved: Tensor, loop: GradientLoop): Tensor =>
  binary(grad, saved, splitsRows<BinaryKernel>((g, s, out, n) => splitLoop(saved.dtype, n, (start, end, math) => loop(g, s, out, start, end, math))), saved.dtype);

/** A gradient PyTorch does not differentiate again here (the result has no history). */
export const plainGradient =
  (loop: GradientLoop): Gradient =>
  (grad, saved) =>
    splitGradient(grad, saved, loop);

/**
 * A gradient PyTorch computes with its fused kernel when the backward records nothing, and from differentiable
 * ops under create_graph, so that it can be differentiated again (GradMode::is_enabled() in derivatives.yaml).
 */
const recordableGradient =
  (fused: Gradient, composed: Gradient): Gradient =>
  (grad, saved) =>
    isGradEnabled() ? composed(grad, saved) : fused(grad, saved);

/** `value - tensor` as ATen's Scalar - Tensor operator computes it: a filled tensor minus the operand (SubBackward0). */
const scalarMinus = (value: number, tensor: Tensor): Tensor => sub(full(tensor.shape, value, tensor.dtype), tensor);

/**
 * The gradient of a piecewise-linear activation as its own op `name` (e.g. LeakyReluBackwardBackward0): linear in
 * the incoming gradient, so its own gradient there is the same kernel again; for the saved tensor it is zero.
 */
export function maskedGradient(name: string, loop: GradientLoop): Gradient {
  const apply: Gradient = (grad, saved) => {
    const out = splitGradient(grad, saved, loop);
    record(name, [grad, saved], out, ([gradGrad], [x]) => [grad.requiresGrad ? apply(gradGrad!, x!) : null, saved.requiresGrad ? zeroGradient(saved.shape, gradGrad!.dtype) : null], [saved]);
    return out;
  };
  return apply;
}

/**
 * An activation y = f(x) recorded as `name`, whose gradient is computed from x. `kernels` gets the dtype's
 * arithmetic and returns the forward loop and the backward.
 */
export function pointwise(name: string, kernelName: string, input: Tensor, kernels: (arithmetic: Arithmetic) => [ForwardLoop, Gradient]): Tensor {
  checkFloating(kernelName, input);
  const [forward, backward] = kernels(arithmeticOf(input.dtype));
  const out = splitUnary(input, forward);
  record(name, [input], out, ([grad], [saved]) => [backward(grad!, saved!)], [input]);
  return out;
}

/** leaky_relu: the gradient (LeakyReluBackward0) is itself differentiable (LeakyReluBackwardBackward0). */
export function leakyRelu(input: Tensor, negativeSlope = 0.01): Tensor {
  return pointwise('LeakyReluBackward0', 'leaky_relu_cpu', input, ({ r }) => {
    const slope = r(negativeSlope);
    return [
      (a, out, start, end) => {
        for (let i = start; i < end; i++) out[i] = a[i]! > 0 ? a[i]! : a[i]! * slope;
      },
      leakyReluGradient(slope),
    ];
  });
}

/** leaky_relu_backward(grad, x or result, slope): the gradient where x is positive, else scaled by the slope. */
export const leakyReluGradient = (slope: number): Gradient =>
  maskedGradient('LeakyReluBackwardBackward0', (grad, x, out, start, end) => {
    for (let i = start; i < end; i++) out[i] = x[i]! > 0 ? grad[i]! : grad[i]! * slope;
  });

/**
 * The ELU family: scale * x for x > 0, scale * alpha * (exp(x * inputScale) - 1) otherwise (elu, selu, celu,
 * which PyTorch all computes with elu's kernel; celu's node is CeluBackward0).
 */
export interface EluParameters {
  alpha: number;
  scale: number;
  inputScale: number;
  /** celu's derivative formula takes 1 / alpha with alpha rounded to float32 first. */
  gradientInputScale?: number;
}

export const ELU_DEFAULTS: EluParameters = { alpha: 1, scale: 1, inputScale: 1 };
// torch.selu's constants (SELU_ALPHA and SELU_SCALE in ATen)
export const SELU: EluParameters = { alpha: 1.6732632423543772848170429916717, scale: 1.0507009873554804934193349852946, inputScale: 1 };
export function celuParameters(alpha: number): EluParameters {
  if (alpha === 0) throw runtimeError('ZeroDivisionError: alpha cannot be 0 for CELU');
  return { alpha, scale: 1, inputScale: 1 / alpha, gradientInputScale: 1 / Math.fround(alpha) };
}

export const elu = (input: Tensor, alpha = 1): Tensor => eluWith(input, { ...ELU_DEFAULTS, alpha });
export const selu = (input: Tensor): Tensor => eluWith(input, SELU);
export const celu = (input: Tensor, alpha = 1): Tensor => eluWith(input, celuParameters(alpha), 'CeluBackward0');

/** The ELU family's kernel; the gradient scale * alpha * inputScale * exp(x * inputScale) * grad from the input. */
export function eluWith(input: Tensor, parameters: EluParameters, name = 'EluBackward0'): Tensor {
  return pointwise(name, 'elu_cpu', input, ({ r }) => {
    const { negative, positive, inputScale } = eluCoefficients(parameters, r);
    return [
      (x, out, start, end, { exp }) => {
        for (let i = start; i < end; i++) out[i] = x[i]! > 0 ? r(x[i]! * positive) : r(r(exp(r(x[i]! * inputScale))) - 1) * negative;
      },
      eluGradient(parameters, false),
    ];
  });
}

/** The coefficients elu's kernel computes in the tensor's precision: alpha * scale, scale and inputScale. */
function eluCoefficients({ alpha, scale, inputScale }: EluParameters, r: Round) {
  return { negative: r(r(alpha) * r(scale)), positive: r(scale), inputScale: r(inputScale) };
}

/**
 * elu_backward(grad, x or result): from the result (in place, `isResult`) grad * inputScale * (y + alpha * scale)
 * where y <= 0; differentiable again (EluBackwardBackward0).
 */
export function eluGradient(parameters: EluParameters, isResult: boolean): Gradient {
  const apply: Gradient = (grad, saved) => {
    const { r } = arithmeticOf(saved.dtype);
    const { negative, positive, inputScale } = eluCoefficients({ ...parameters, inputScale: parameters.gradientInputScale ?? parameters.inputScale }, r);
    const out = splitGradient(grad, saved, (g, s, out, start, end, { exp, vector }) => {
      for (let i = start; i < end; i++) {
        const v = s[i]!;
        if (v > 0 || (!vector && v !== v)) out[i] = r(g[i]! * positive);
        else out[i] = isResult ? r(r(g[i]! * inputScale) * r(v + negative)) : r(r(r(g[i]! * inputScale) * negative) * r(exp(r(v * inputScale))));
      }
    });
    record(
      'EluBackwardBackward0',
      [grad, saved],
      out,
      ([gradGrad], [savedValue]) => [grad.requiresGrad ? apply(gradGrad!, savedValue!) : null, saved.requiresGrad ? eluDoubleBackward(gradGrad!, grad, savedValue!) : null],
      [saved],
    );
    return out;
  };
  /** PyTorch's elu_double_backward: the gradient reaching x or the result, zero where it is not negative. */
  const eluDoubleBackward = (gradGrad: Tensor, grad: Tensor, saved: Tensor): Tensor => {
    const negativeMask = toDtype(lt(saved, wrapNumber(0, saved.dtype)), gradGrad.dtype);
    const product = mulScalar(mul(gradGrad, grad), parameters.gradientInputScale ?? parameters.inputScale);
    return mul(isResult ? product : apply(product, saved), negativeMask);
  };
  return apply;
}

/** silu: x / (1 + exp(-x)); the gradient grad * s * (1 + x (1 - s)) with s = sigmoid(x). */
export function silu(input: Tensor): Tensor {
  return pointwise('SiluBackward0', 'silu_cpu', input, ({ r, fused }) => [
    (x, out, start, end, { exp }) => {
      for (let i = start; i < end; i++) out[i] = x[i]! / r(1 + exp(-x[i]!));
    },
    recordableGradient(
      plainGradient((grad, x, out, start, end, { exp }) => {
        for (let i = start; i < end; i++) {
          const sigmoid = r(1 / r(1 + exp(-x[i]!)));
          out[i] = r(grad[i]! * sigmoid) * fused(x[i]!, r(1 - sigmoid), 1);
        }
      }),
      // infinitely_differentiable_silu_backward: grad * s * (1 + x * (1 - s))
      (grad, x) => {
        const s = sigmoid(x);
        return mul(mul(grad, s), addScalar(mul(x, scalarMinus(1, s)), 1));
      },
    ),
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
      plainGradient((grad, x, out, start, end, { exp }) => {
        for (let i = start; i < end; i++) {
          const scaled = r(x[i]! * b);
          const z = exp(scaled);
          out[i] = scaled > limit ? grad[i]! : r(grad[i]! * z) / r(z + 1);
        }
      }),
    ];
  });
}

/** mish: x * tanh(softplus(x)) with softplus as log1p(exp(x)); MishBackward0 from the input. */
export function mish(input: Tensor): Tensor {
  return pointwise('MishBackward0', 'mish_cpu', input, ({ r, fused }) => [
    (x, out, start, end, { exp, log1p, tanh }) => {
      for (let i = start; i < end; i++) out[i] = r(x[i]! * r(tanh(r(log1p(r(exp(x[i]!)))))));
    },
    // grad * (t + x * sigmoid(x) * (1 - t^2)) with t = tanh(softplus(x)), the multiplies feeding an add fused
    recordableGradient(
      plainGradient((grad, x, out, start, end, { exp, log1p, tanh }) => {
        for (let i = start; i < end; i++) {
          const v = x[i]!;
          const sigmoid = r(1 / r(1 + r(exp(-v))));
          const t = r(tanh(r(log1p(r(exp(v))))));
          out[i] = r(grad[i]! * fused(r(v * sigmoid), fused(-t, t, 1), t));
        }
      }),
      // infinitely_differentiable_mish_backward: the same formula, one op at a time
      (grad, x) => {
        const s = sigmoid(x);
        const t = unaryMath.tanh(unaryMath.log1p(unaryMath.exp(x)));
        return mul(grad, add(t, mul(mul(x, s), scalarMinus(1, mul(t, t)))));
      },
    ),
  ]);
}

/**
 * log_sigmoid: min(x, 0) - log1p(exp(-|x|)), every element through the vector path (PyTorch's kernel loads the
 * tail as a partial vector); the forward keeps exp(-|x|) as the buffer its backward reads.
 */
export function logSigmoid(input: Tensor): Tensor {
  checkFloating('log_sigmoid_cpu', input);
  const { r } = arithmeticOf(input.dtype);
  const { exp, log1p } = input.dtype === 'float32' ? SLEEF_FLOAT32 : FLOAT64_VECTOR;
  const buffer = unary(input, (x, out, n) => {
    for (let i = 0; i < n; i++) out[i] = r(exp(-Math.abs(x[i]!)));
  }, input.dtype);
  const out = binary(input, buffer, (x, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = r(Math.min(x[i]!, 0) - r(log1p(b[i]!)));
  }, input.dtype);
  record('LogSigmoidBackward0', [input], out, ([grad], [x, savedBuffer]) => [logSigmoidBackward(grad!, x!, savedBuffer!)], [input, buffer]);
  return out;
}

/** log_sigmoid_backward: (1 - b / (1 + b)) * grad for negative x, else b / (1 + b) * grad (b the forward's buffer). */
function logSigmoidBackward(grad: Tensor, x: Tensor, buffer: Tensor): Tensor {
  const { r } = arithmeticOf(x.dtype);
  const out = binary(binary(x, buffer, (a, b, o, n) => {
    for (let i = 0; i < n; i++) {
      const quotient = r(b[i]! / r(1 + b[i]!));
      o[i] = a[i]! < 0 ? r(1 - quotient) : quotient;
    }
  }, x.dtype), grad, (d, g, o, n) => {
    for (let i = 0; i < n; i++) o[i] = r(d[i]! * g[i]!);
  }, x.dtype);
  record(
    'LogSigmoidBackwardBackward0',
    [grad, x, buffer],
    out,
    ([gradGrad], [savedGrad, savedX, savedBuffer]) => {
      if (!x.requiresGrad) return [grad.requiresGrad ? logSigmoidBackward(gradGrad!, savedX!, savedBuffer!) : null, null, null];
      // log_sigmoid_double_backward(gradGrad * grad, x): gradGrad * grad * (z - 1) * z with z = sigmoid(x)
      const z = sigmoid(savedX!);
      const second = mul(mul(mul(gradGrad!, savedGrad!), sub(z, wrapNumber(1, 'int64'))), z);
      return [grad.requiresGrad ? logSigmoidBackward(gradGrad!, savedX!, savedBuffer!) : null, second, null];
    },
    [grad, x, buffer],
  );
  return out;
}

/** glu(input, dim): a * sigmoid(b) for the halves a, b of `dim`, as 1 / (1 + exp(-b)). */
export function glu(input: Tensor, dim: number): Tensor {
  checkFloating('glu_cpu', input);
  const d = normalizeDim(dim, input.ndim);
  const size = input.shape[d]!;
  if (size % 2 !== 0) throw runtimeError(`Halving dimension must be even, but dimension ${d} is size ${size}`);
  const [first, second] = halves(input, d);
  // PyTorch's loop runs per row of the halves: the dims after `dim` with `dim` itself
  const rowLength = (size / 2) * input.shape.slice(d + 1).reduce((a, b) => a * b, 1);
  const { r } = arithmeticOf(input.dtype);
  const out = binary(first, second, (a, b, o, n) => {
    for (let row = 0; row < n; row += rowLength) {
      splitLoop(input.dtype, Math.min(rowLength, n - row), (start, end, { exp }) => {
        for (let i = row + start; i < row + end; i++) o[i] = r(a[i]! * r(1 / r(1 + exp(-b[i]!))));
      });
    }
  }, input.dtype);
  record('GluBackward0', [input], out, ([grad], [saved]) => [gluBackward(grad!, saved!, d)], [input]);
  return out;
}

/** The contiguous halves of `dim`, off the graph. */
const halves = (input: Tensor, dim: number): [Tensor, Tensor] =>
  withGradMode(false, () => {
    const half = input.shape[dim]! / 2;
    return [contiguous(narrow(input, dim, 0, half)), contiguous(narrow(input, dim, half, half))];
  });

/**
 * glu_backward: sigmoid(b) * grad for a, (1 - s) * s * a * grad for b, joined along `dim`; itself differentiable
 * (GluBackwardBackward0), for the gradient and for the input.
 */
function gluBackward(grad: Tensor, input: Tensor, dim: number): Tensor {
  const [first, second] = halves(input, dim);
  const { r } = arithmeticOf(first.dtype);
  const out = withGradMode(false, () => {
    const s = sigmoid(second);
    const g = contiguous(grad);
    const secondGrad = binary(binary(s, first, (sv, a, o, n) => {
      for (let i = 0; i < n; i++) o[i] = r(r(r(1 - sv[i]!) * sv[i]!) * a[i]!);
    }, first.dtype), g, (p, gv, o, n) => {
      for (let i = 0; i < n; i++) o[i] = r(p[i]! * gv[i]!);
    }, first.dtype);
    return cat([mul(s, g), secondGrad], dim);
  });
  record(
    'GluBackwardBackward0',
    [grad, input],
    out,
    ([gradGrad], [savedGrad, savedInput]) => [
      grad.requiresGrad ? gluDoubleBackwardGradOutput(gradGrad!, savedInput!, dim) : null,
      input.requiresGrad ? gluDoubleBackward(gradGrad!, savedGrad!, savedInput!, dim) : null,
    ],
    [grad, input],
  );
  return out;
}

/** glu_double_backward_grad_output: glu_backward is linear in grad, so its transpose folds grad * slope back onto a half. */
function gluDoubleBackwardGradOutput(gradGrad: Tensor, input: Tensor, dim: number): Tensor {
  const half = input.shape[dim]! / 2;
  const sizes = input.shape.map((size, d) => (d === dim ? half : size));
  const product = mul(gradGrad, gluBackward(full(sizes, 1, input.dtype), input, dim));
  return add(narrow(product, dim, 0, half), narrow(product, dim, half, half));
}

/** glu_double_backward: the gradient of glu_backward for the input, op by op as PyTorch composes it. */
function gluDoubleBackward(gradGrad: Tensor, gradOutput: Tensor, input: Tensor, dim: number): Tensor {
  const half = input.shape[dim]! / 2;
  const first = narrow(input, dim, 0, half);
  const s = sigmoid(narrow(input, dim, half, half));
  const oneMinusS = scalarMinus(1, s);
  const sOneMinusS = mul(s, oneMinusS);
  const gradGradFirst = narrow(gradGrad, dim, 0, half);
  const gradGradSecond = narrow(gradGrad, dim, half, half);
  const gradGradSecondTimesFirst = mul(gradGradSecond, first);
  const firstGrad = mul(mul(gradGradSecond, gradOutput), sOneMinusS);
  const secondOrder = sub(mul(sOneMinusS, oneMinusS), mul(s, sOneMinusS));
  const secondGrad = add(mul(mul(gradGradSecondTimesFirst, gradOutput), secondOrder), mul(mul(gradGradFirst, gradOutput), sOneMinusS));
  return cat([firstGrad, secondGrad], dim);
}

// ---- gelu

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
      plainGradient((grad, x, out, start, end) => {
        for (let i = start; i < end; i++) out[i] = r(grad[i]! * geluErfDerivative(x[i]!));
      }),
    ]);
  }
  return pointwise('GeluBackward0', 'GeluKernelImpl', input, ({ r, fused }) => {
    const alpha = r(SQRT1_2);
    const normal = r(TWO_OVER_SQRT_PI * SQRT1_2 * 0.5);
    return [
      (x, out, start, end, { erf }) => {
        for (let i = start; i < end; i++) out[i] = r(x[i]! * 0.5) * r(1 + r(erf(r(x[i]! * alpha))));
      },
      plainGradient((grad, x, out, start, end, { exp, erf, vector }) => {
        for (let i = start; i < end; i++) {
          const v = x[i]!;
          const cdf = r(0.5 * r(1 + r(erf(r(v * alpha)))));
          const pdf = r(normal * exp(r(r(v * v) * -0.5)));
          out[i] = r(grad[i]! * (vector ? fused(v, pdf, cdf) : r(cdf + r(v * pdf))));
        }
      }),
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
      plainGradient((grad, x, out, start, end, { tanh }) => {
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
      }),
    ];
  });
}

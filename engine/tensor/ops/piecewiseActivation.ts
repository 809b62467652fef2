// The piecewise-linear activations of torch.nn: hardtanh (relu6), threshold, hardsigmoid, hardswish, hardshrink,
// softshrink, prelu and rrelu, each with its derivative as PyTorch's CPU kernels compute them. As in
// activation.ts, a kernel's vector path (whole groups of 16 float32 or 8 float64) and scalar tail compare
// differently, which matters for NaN; the gradients of most are themselves differentiable (XBackwardBackward0).
import type { DType, Storage } from '../dtype';
import { runtimeError } from '../errors';
import type { Tensor } from '../tensor';
import { Tensor as TensorClass } from '../tensor';
import * as random from '../../random/index';
import { nextUnitFloat64 } from '../../random/uniform';
import { binary, unary } from './elementwise';
import { record, recordNotDifferentiable } from './record';
import { add, div, mul } from './arithmetic';
import { logicalAnd, gt, le, lt, where } from './comparison';
import { sum } from './reduce';
import { expand, reshape, unsqueeze } from './views';
import { wrapNumber } from './elementwise';
import { clamp } from './clamp';
import { contiguous, toDtype } from './copy';
import { zeros } from './creation';
import { withGradMode } from '../autograd/gradMode';
import { arithmeticOf, checkFloating, leakyRelu, maskedGradient, plainGradient, pointwise, splitUnary, type Gradient } from './activation';

// ---- hardtanh and relu6

/**
 * hardtanh: x clamped to [min, max] (integer tensors are clamped, without a gradient). The gradient passes
 * strictly inside the bounds; `fromResult` for hardtanh_, whose node reads the result.
 */
export function hardtanh(input: Tensor, min: number, max: number, fromResult = false): Tensor {
  if (input.dtype === 'bool') throw runtimeError('Bool inputs not supported for hardtanh');
  if (input.dtype !== 'float32' && input.dtype !== 'float64') return clamp(input, Math.trunc(min), Math.trunc(max));
  const { r } = arithmeticOf(input.dtype);
  const low = r(min);
  const high = r(max);
  const out = splitUnary(input, (x, o, start, end) => {
    // comparisons rather than Math.max/min: x equal to a bound (-0 against 0) stays x, NaN stays NaN
    for (let i = start; i < end; i++) {
      const v = x[i]!;
      o[i] = v < low ? low : v > high ? high : v;
    }
  });
  record('HardtanhBackward0', [input], out, ([grad], [saved]) => [hardtanhGradient(low, high)(grad!, saved!)], [fromResult ? out : input]);
  return out;
}

/** hardtanh_backward: the vector path keeps the gradient where min < x < max, the tail zeroes it where x <= min or x >= max. */
const hardtanhGradient = (low: number, high: number): Gradient =>
  maskedGradient('HardtanhBackwardBackward0', (grad, x, out, start, end, { vector }) => {
    for (let i = start; i < end; i++) {
      const v = x[i]!;
      out[i] = (vector ? v > low && v < high : !(v <= low || v >= high)) ? grad[i]! : 0;
    }
  });

// ---- threshold

/**
 * threshold(x, threshold, value): value where x <= threshold, else x; the gradient passes where x > threshold
 * (`name` ThresholdBackward1 for threshold_, whose node keeps the original input).
 */
export function threshold(input: Tensor, limit: number, value: number, name = 'ThresholdBackward0'): Tensor {
  if (input.dtype === 'bool') throw runtimeError('"threshold_cpu" not implemented for \'Bool\'');
  const floating = input.dtype === 'float32' || input.dtype === 'float64';
  const r = floating ? arithmeticOf(input.dtype).r : Math.trunc;
  const bound = r(limit);
  const replacement = r(value);
  const out = unary(input, (x, o, n) => {
    for (let i = 0; i < n; i++) o[i] = x[i]! <= bound ? replacement : x[i]!;
  }, input.dtype);
  if (floating) record(name, [input], out, ([grad], [saved]) => [thresholdGradient(bound)(grad!, saved!)], [input]);
  return out;
}

/** threshold_backward(grad, x, threshold): zero where x <= threshold (NaN keeps the gradient). */
export const thresholdGradient = (bound: number): Gradient =>
  maskedGradient('ThresholdBackwardBackward0', (grad, x, out, start, end) => {
    for (let i = start; i < end; i++) out[i] = x[i]! <= bound ? 0 : grad[i]!;
  });

// ---- hardsigmoid and hardswish

/** hardsigmoid: min(max(x + 3, 0), 6) / 6; the gradient grad * float(1/6) strictly inside (-3, 3). */
export function hardsigmoid(input: Tensor): Tensor {
  return pointwise('HardsigmoidBackward0', 'hardsigmoid_cpu', input, ({ r }) => {
    // PyTorch writes 1.0f / 6.0f: a float32 constant for float64 too
    const sixth = Math.fround(1 / 6);
    return [
      (x, out, start, end) => {
        for (let i = start; i < end; i++) out[i] = r(clampedShift(x[i]!, r) / 6);
      },
      (grad, x) => {
        const out = plainGradient((g, s, o, start, end) => {
          for (let i = start; i < end; i++) o[i] = s[i]! > -3 && s[i]! < 3 ? r(g[i]! * sixth) : 0;
        })(grad, x);
        // PyTorch has no derivative for hardsigmoid_backward
        recordNotDifferentiable('hardsigmoid_backward', [grad, x], out);
        return out;
      },
    ];
  });
}

/** min(max(x + 3, 0), 6), NaN propagating. */
const clampedShift = (x: number, r: (x: number) => number): number => {
  const shifted = r(x + 3);
  return shifted !== shifted ? shifted : Math.min(Math.max(shifted, 0), 6);
};

/** hardswish: x * min(max(x + 3, 0), 6) / 6 (the product first, then the division). */
export function hardswish(input: Tensor): Tensor {
  return pointwise('HardswishBackward0', 'hardswish_cpu', input, ({ r }) => [
    (x, out, start, end) => {
      for (let i = start; i < end; i++) out[i] = r(r(x[i]! * clampedShift(x[i]!, r)) / 6);
    },
    hardswishGradient,
  ]);
}

/** hardswish_backward: 0 below -3, grad * (x / 3 + 0.5) up to 3, grad above (NaN: the tail keeps grad). */
const hardswishGradient: Gradient = (grad, x) => {
  const { r } = arithmeticOf(x.dtype);
  const out = plainGradient((g, s, o, start, end, { vector }) => {
    for (let i = start; i < end; i++) {
      const v = s[i]!;
      if (v < -3) o[i] = 0;
      else if (v <= 3 || (vector && v !== v)) o[i] = r(g[i]! * r(r(v / 3) + 0.5));
      else o[i] = g[i]!;
    }
  })(grad, x);
  record(
    'HardswishBackwardBackward0',
    [grad, x],
    out,
    ([gradGrad], [savedGrad, savedX]) => [
      grad.requiresGrad ? hardswishGradient(gradGrad!, savedX!) : null,
      // where(-3 < x < 3, gradGrad * grad / 3, 0)
      x.requiresGrad
        ? where(logicalAnd(gt(savedX!, scalarLike(-3, savedX!)), lt(savedX!, scalarLike(3, savedX!))), div(mul(gradGrad!, savedGrad!), scalarLike(3, savedX!)), zeros([], savedX!.dtype))
        : null,
    ],
    [grad, x],
  );
  return out;
};

const scalarLike = (value: number, like: Tensor): Tensor => new TensorClass(storageOf(value, like.dtype), [], [], 0, like.dtype);
const storageOf = (value: number, dtype: DType): Storage => (dtype === 'float32' ? Float32Array.of(value) : Float64Array.of(value));

// ---- hardshrink and softshrink

/** hardshrink: 0 where -lambd <= x <= lambd, else x. */
export function hardshrink(input: Tensor, lambd: number): Tensor {
  return pointwise('HardshrinkBackward0', 'hardshrink_cpu', input, ({ r }) => {
    const l = r(lambd);
    return [
      (x, out, start, end) => {
        for (let i = start; i < end; i++) out[i] = x[i]! >= -l && x[i]! <= l ? 0 : x[i]!;
      },
      shrinkGradient('HardshrinkBackwardBackward0', l),
    ];
  });
}

/** softshrink: x - lambd above lambd, x + lambd below -lambd, else 0 (NaN too). */
export function softshrink(input: Tensor, lambd: number): Tensor {
  if (lambd < 0) throw runtimeError(`lambda must be greater or equal to 0, but found to be ${lambd}.`);
  return pointwise('SoftshrinkBackward0', 'softshrink_cpu', input, ({ r }) => {
    const l = r(lambd);
    return [
      (x, out, start, end) => {
        for (let i = start; i < end; i++) out[i] = x[i]! > l ? r(x[i]! - l) : x[i]! < -l ? r(x[i]! + l) : 0;
      },
      shrinkGradient('SoftshrinkBackwardBackward0', l),
    ];
  });
}

/** shrink_backward: the vector path keeps grad where |x| > lambd, the tail zeroes it where |x| <= lambd. */
const shrinkGradient = (name: string, l: number): Gradient =>
  maskedGradient(name, (grad, x, out, start, end, { vector }) => {
    for (let i = start; i < end; i++) {
      const v = x[i]!;
      out[i] = (vector ? v < -l || v > l : !(v >= -l && v <= l)) ? grad[i]! : 0;
    }
  });

// ---- prelu

/**
 * prelu(x, weight): x where positive, else weight * x, with one weight shared or one per channel (dim 1).
 * The weight's gradient sums mask * x * grad with sum() over the dims other than the channel's.
 */
export function prelu(input: Tensor, weight: Tensor): Tensor {
  checkFloating('prelu_cpu', input);
  const channels = weight.numel;
  const x = contiguous(input);
  const w = contiguous(weight);
  if (channels !== 1) {
    if (x.ndim === 0) throw runtimeError('Not allow zero-dim input tensor.');
    const channelSize = x.ndim > 1 ? x.shape[1]! : 1;
    if (channelSize !== channels) throw runtimeError(`Mismatch of parameter numbers and input channel size. Found parameter numbers = ${channels} and channel size = ${channelSize}.`);
  }
  const { r } = arithmeticOf(x.dtype);
  const channelOf = channelIndex(x, channels);
  const out = unary(x, (a, o, n) => {
    const ws = w.storage;
    for (let i = 0; i < n; i++) o[i] = a[i]! > 0 ? a[i]! : r(ws[w.offset + channelOf(i)]! * a[i]!);
  }, x.dtype);
  record('PreluBackward0', [input, weight], out, ([grad], [savedX, savedWeight]) => preluBackward(grad!, savedX!, savedWeight!), [x, w]);
  return out;
}

/** The weight's index for each element of contiguous `x`: its channel (dim 1), or 0 for one shared weight. */
function channelIndex(x: Tensor, channels: number): (i: number) => number {
  const inner = x.ndim > 1 ? x.shape.slice(2).reduce((a, b) => a * b, 1) : 1;
  return (i) => (channels === 1 ? 0 : Math.floor(i / inner) % channels);
}

/**
 * prelu_backward(grad, x, weight): grad where x is positive, else weight * grad; the weight's gradient sums
 * mask * x * grad with sum() over the dims other than the channel's. Both are outputs of one differentiable
 * node (PreluBackwardBackward0).
 */
function preluBackward(grad: Tensor, x: Tensor, weight: Tensor): Array<Tensor | null> {
  const channels = weight.numel;
  const channelOf = channelIndex(x, channels);
  const { r } = arithmeticOf(x.dtype);
  const g = contiguous(grad);
  const ws = weight.storage;
  const inputGrad = binary(x, g, (a, gv, o, n) => {
    for (let i = 0; i < n; i++) o[i] = a[i]! > 0 ? gv[i]! : r(ws[weight.offset + channelOf(i)]! * gv[i]!);
  }, x.dtype);
  let weightGrad: Tensor | null = null;
  if (weight.requiresGrad) {
    const products = binary(x, g, (a, gv, o, n) => {
      for (let i = 0; i < n; i++) o[i] = a[i]! > 0 ? 0 : r(a[i]! * gv[i]!);
    }, x.dtype);
    // summed over every dim but the channel's (all of them for one shared weight)
    const dims = channels === 1 || x.ndim < 2 ? x.shape.map((_, d) => d) : x.shape.map((_, d) => d).filter((d) => d !== 1);
    weightGrad = withGradMode(false, () => reshape(sum(products, dims), weight.shape));
  }
  const outputs = [inputGrad, weightGrad];
  record(
    'PreluBackwardBackward0',
    [grad, x, weight],
    outputs,
    ([gradGradInput, gradGradWeight], [savedGrad, savedX, savedWeight]) => preluDoubleBackward(gradGradInput ?? null, gradGradWeight ?? null, savedGrad!, savedX!, savedWeight!),
    [grad, x, weight],
  );
  return outputs;
}

/**
 * prelu_double_backward: the gradients of prelu_backward's outputs for (grad, x, weight), op by op as PyTorch
 * composes them, with masks of where x is positive and where it is not.
 */
function preluDoubleBackward(gradGradInput: Tensor | null, gradGradWeight: Tensor | null, gradOutput: Tensor, x: Tensor, weight: Tensor): Array<Tensor | null> {
  const ggI = gradGradInput ? contiguous(gradGradInput) : zeros(x.shape, x.dtype);
  const ggW = gradGradWeight ? contiguous(gradGradWeight) : zeros(weight.shape, weight.dtype);
  const gO = contiguous(gradOutput);
  const positiveMask = toDtype(gt(x, wrapNumber(0, 'int64')), ggI.dtype);
  const nonpositiveMask = toDtype(le(x, wrapNumber(0, 'int64')), ggW.dtype);
  if (weight.numel === 1) {
    // a 1-element weight with a 0-dim input is used as 0-dim
    const squeezeWeight = positiveMask.ndim === 0 && weight.ndim === 1;
    const w = squeezeWeight ? reshape(weight, []) : weight;
    const ggWShared = squeezeWeight ? reshape(ggW, []) : ggW;
    const mask = add(positiveMask, mul(nonpositiveMask, expand(w, x.shape)));
    const ggO = add(mul(ggI, mask), mul(expand(ggWShared, gO.shape), mul(nonpositiveMask, x)));
    return [ggO, mul(mul(expand(ggWShared, gO.shape), gO), nonpositiveMask), expand(sum(mul(mul(ggI, gO), nonpositiveMask)), weight.shape)];
  }
  // one weight per channel: expanded along dim 1 of the input
  const alongChannels = (t: Tensor) => {
    let expanded = t;
    for (let i = 0; i < Math.max(x.ndim - 2, 0); i++) expanded = unsqueeze(expanded, 1);
    return expand(expanded, x.shape);
  };
  const ggWExpanded = alongChannels(ggW);
  const inputGrad = mul(mul(ggWExpanded, gO), nonpositiveMask);
  let weightGrad = mul(mul(ggI, gO), nonpositiveMask);
  if (x.ndim > 1) weightGrad = sum(weightGrad, [0]);
  while (weightGrad.ndim > 1) weightGrad = sum(weightGrad, [1]);
  const ggO = gO.requiresGrad
    ? add(mul(ggI, add(positiveMask, mul(nonpositiveMask, alongChannels(weight)))), mul(mul(ggWExpanded, nonpositiveMask), x))
    : null;
  return [ggO, inputGrad, weightGrad];
}

// ---- rrelu

export interface RreluOptions {
  lower: number;
  upper: number;
  training: boolean;
}

/**
 * rrelu (rrelu_with_noise): in training, each x <= 0 is scaled by a slope drawn uniform(lower, upper) from the
 * generator in memory order (the noise keeps the slopes, 1 elsewhere); in evaluation leaky_relu with the mean
 * slope. `fromResult` for rrelu_ (RreluWithNoiseBackward1).
 */
export function rrelu(input: Tensor, { lower, upper, training }: RreluOptions, fromResult = false): Tensor {
  checkFloating(training ? 'rrelu_with_noise_out_cpu' : 'leaky_relu_cpu', input);
  const name = fromResult ? 'RreluWithNoiseBackward1' : 'RreluWithNoiseBackward0';
  const { r } = arithmeticOf(input.dtype);
  const noise = zeros(input.shape, input.dtype);
  let out: Tensor;
  if (training) {
    const low = r(lower);
    const high = r(upper);
    const x = contiguous(input);
    const slopes = noise.storage;
    out = unary(x, (a, o, n) => {
      for (let i = 0; i < n; i++) {
        if (a[i]! <= 0) {
          const slope = r((high - low) * nextUnitFloat64(random.defaultGenerator) + low);
          o[i] = r(a[i]! * slope);
          slopes[i] = slope;
        } else {
          o[i] = a[i]!;
          slopes[i] = 1;
        }
      }
    }, input.dtype);
  } else {
    out = withGradMode(false, () => leakyRelu(input, (lower + upper) / 2));
  }
  const useNoise = training && upper - lower > 1e-6;
  const slope = r((lower + upper) / 2);
  const gradient = maskedGradient('RreluWithNoiseBackwardBackward0', (grad, x, o, start, end) => {
    const slopes = noise.storage;
    if (useNoise) for (let i = start; i < end; i++) o[i] = r(grad[i]! * slopes[i]!);
    else for (let i = start; i < end; i++) o[i] = x[i]! > 0 ? grad[i]! : r(grad[i]! * slope);
  });
  record(name, [input], out, ([grad], [saved]) => [gradient(grad!, saved!)], [fromResult ? out : input]);
  return out;
}

// Loss functions, computed with the same sequence of elementwise steps as PyTorch so they round alike.
import { allocate, isFloating, scalarTypeName, type DType, type Storage } from '../dtype';
import { indexError, runtimeError, valueError } from '../errors';
import { broadcastShapes, numel } from '../shape';
import { Tensor } from '../tensor';
import { add, mul, neg, rsub, sub, div, mulScalar, divScalar } from './arithmetic';
import { binary, materialize, promoteOperands, wrapNumber, type BinaryKernel } from './elementwise';
import { abs, exp, log, sigmoid } from './unaryMath';
import { record } from './record';
import { mean, sum, sumToShape } from './reduce';
import { contiguous, detach } from './copy';
import { withGradMode } from '../autograd/gradMode';
import { clampMin } from './clamp';
import { expand, view } from './views';
import { eq, ne, where } from './comparison';
import { index } from './indexing';
import { logSoftmax } from './softmax';
import { indexSelect } from './gather';

export type Reduction = 'none' | 'mean' | 'sum';

function reduce(loss: Tensor, reduction: Reduction): Tensor {
  return reduction === 'mean' ? mean(loss) : reduction === 'sum' ? sum(loss) : loss;
}

/** (input - target)^2 per element, each step rounded to the dtype like PyTorch's mse kernel. */
function squaredErrorKernel(round: (x: number) => number): BinaryKernel {
  return (a, b, out, n) => {
    for (let i = 0; i < n; i++) {
      const diff = round(a[i]! - b[i]!);
      out[i] = diff * diff;
    }
  };
}

/**
 * mse_loss: the squared errors, then their mean or sum (PyTorch's reduction order), recorded as one node,
 * MseLossBackward0, whose backward is norm * (input - target) * grad with norm = 2 / numel for 'mean', else 2.
 */
export function mseLoss(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  const dtype = promoteOperands(input, target);
  const round = dtype === 'float32' ? Math.fround : (x: number) => x;
  const loss = withGradMode(false, () => reduce(binary(detach(input), detach(target), squaredErrorKernel(round), dtype), reduction));
  const norm = round(reduction === 'mean' ? 2 / Math.max(input.numel, target.numel) : 2);
  record(
    'MseLossBackward0',
    [input, target],
    loss,
    ([grad], [savedInput, savedTarget]) => {
      const gradInput = mseLossBackward(grad!, savedInput!, savedTarget!, norm, reduction);
      return [input.requiresGrad ? sumToShape(gradInput, input.shape) : null, target.requiresGrad ? sumToShape(neg(gradInput), target.shape) : null];
    },
    [input, target],
  );
  return loss;
}

/**
 * mse_loss_backward: norm * (input - target) * grad, recorded as MseLossBackwardBackward0 with PyTorch's
 * derivatives so that second derivatives round as PyTorch's do.
 */
function mseLossBackward(grad: Tensor, input: Tensor, target: Tensor, norm: number, reduction: Reduction): Tensor {
  const dtype = promoteOperands(input, target);
  const out = withGradMode(false, () => mul(mul(sub(input, target), wrapNumber(norm, dtype)), grad));
  // mse_loss_double_backward: 2 * g (expanded to the operand), divided by numel for 'mean'.
  const doubleBackward = (g: Tensor, operand: Tensor): Tensor => {
    const twice = mulScalar(expand(g, operand.shape), 2);
    return reduction === 'mean' ? divScalar(twice, operand.numel) : twice;
  };
  record(
    'MseLossBackwardBackward0',
    [grad, input, target],
    out,
    ([gradGrad], [savedGrad, savedInput, savedTarget]) => [
      grad.requiresGrad ? mseLossBackward(gradGrad!, savedInput!, savedTarget!, norm, reduction) : null,
      input.requiresGrad ? doubleBackward(mul(gradGrad!, savedGrad!), savedInput!) : null,
      target.requiresGrad ? neg(doubleBackward(mul(gradGrad!, savedGrad!), savedTarget!)) : null,
    ],
    [grad, input, target],
  );
  return out;
}

// ---- helpers shared by the elementwise losses

const roundingFor = (dtype: DType) => (dtype === 'float32' ? Math.fround : (x: number) => x);

function checkSameSize(input: Tensor, target: Tensor, message: string): void {
  if (input.shape.length !== target.shape.length || input.shape.some((size, d) => size !== target.shape[d])) throw valueError(message);
}

const sizeText = (tensor: Tensor) => `torch.Size([${tensor.shape.join(', ')}])`;

/**
 * A loss computed elementwise from (input - target) by `lossOf`, then reduced, recorded as one node `name`
 * whose input gradient is `gradOf(difference, upstream * norm)` per element (norm = 1/numel for 'mean'); the
 * target's gradient is its negation, as in PyTorch's derivatives.
 */
function differenceLoss(
  name: string,
  input: Tensor,
  target: Tensor,
  reduction: Reduction,
  lossOf: (difference: number, round: (x: number) => number) => number,
  gradOf: (difference: number, norm: number, grad: number, round: (x: number) => number) => number,
): Tensor {
  const dtype = promoteOperands(input, target);
  const round = roundingFor(dtype);
  const shape = broadcastShapes(input.shape, target.shape);
  const elementwise: BinaryKernel = (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = lossOf(round(a[i]! - b[i]!), round);
  };
  const loss = withGradMode(false, () => reduce(binary(detach(input), detach(target), elementwise, dtype), reduction));
  const norm = round(reduction === 'mean' ? 1 / numel(shape) : 1);
  record(
    name,
    [input, target],
    loss,
    ([grad], [savedInput, savedTarget]) => {
      const a = materialize(savedInput!, shape, dtype);
      const b = materialize(savedTarget!, shape, dtype);
      const g = materialize(grad!, shape, dtype);
      const out = allocate(dtype, a.length);
      for (let i = 0; i < out.length; i++) out[i] = gradOf(round(a[i]! - b[i]!), norm, g[i]!, round);
      const gradInput = Tensor.fromStorage(out, shape, dtype);
      return [input.requiresGrad ? sumToShape(gradInput, input.shape) : null, target.requiresGrad ? sumToShape(neg(gradInput), target.shape) : null];
    },
    [input, target],
  );
  return loss;
}

/** l1_loss: |input - target|, reduced, as the composite PyTorch runs (AbsBackward0, then MeanBackward0/SumBackward0). */
export function l1Loss(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  return reduce(abs(sub(input, target)), reduction);
}

/** smooth_l1_loss: 0.5 z^2 / beta where |z| < beta, else |z| - 0.5 beta (beta = 0 is l1). */
export function smoothL1Loss(input: Tensor, target: Tensor, reduction: Reduction = 'mean', beta = 1): Tensor {
  if (beta < 0) throw runtimeError('smooth_l1_loss does not support negative values for beta.');
  const b = roundingFor(promoteOperands(input, target))(beta);
  return differenceLoss(
    'SmoothL1LossBackward0',
    input,
    target,
    reduction,
    (x, r) => {
      const z = Math.abs(x);
      return z < b ? r(r(r(0.5 * z) * z) / b) : r(z - r(0.5 * b));
    },
    (x, norm, grad, r) => (x <= -b ? r(-norm * grad) : x >= b ? r(norm * grad) : r(r(r(norm * x) * grad) / b)),
  );
}

/** huber_loss: 0.5 z^2 where |z| < delta, else delta (|z| - 0.5 delta). */
export function huberLoss(input: Tensor, target: Tensor, reduction: Reduction = 'mean', delta = 1): Tensor {
  if (delta <= 0) throw runtimeError('huber_loss does not support non-positive values for delta.');
  const d = roundingFor(promoteOperands(input, target))(delta);
  return differenceLoss(
    'HuberLossBackward0',
    input,
    target,
    reduction,
    (x, r) => {
      const z = Math.abs(x);
      return z < d ? r(r(0.5 * z) * z) : r(d * r(z - r(0.5 * d)));
    },
    (x, norm, grad, r) => (x <= -d ? r(r(-norm * grad) * delta) : x >= d ? r(r(norm * grad) * delta) : r(r(norm * x) * grad)),
  );
}

// ---- binary cross entropy

/** An optional weight broadcast to the input's shape (PyTorch expands it), as a flat array in the dtype. */
function weightData(weight: Tensor | undefined, shape: number[], dtype: DType): Storage | undefined {
  if (weight) broadcastShapes(shape, weight.shape);
  return weight ? materialize(weight, shape, dtype) : undefined;
}

/**
 * binary_cross_entropy: -w (t log(x) + (1 - t) log(1 - x)), logs clamped at -100, computed per element as
 * (t - 1) * max(log1p(-x), -100) - t * max(log(x), -100). Recorded as BinaryCrossEntropyBackward0 with
 * grad * (x - t) / max((1 - x) x, 1e-12) * w (/ numel for 'mean').
 */
export function binaryCrossEntropy(input: Tensor, target: Tensor, weight?: Tensor, reduction: Reduction = 'mean'): Tensor {
  checkSameSize(input, target, `Using a target size (${sizeText(target)}) that is different to the input size (${sizeText(input)}) is deprecated. Please ensure they have the same size.`);
  const dtype = promoteOperands(input, target);
  const round = roundingFor(dtype);
  const x = materialize(input, input.shape, dtype);
  const t = materialize(target, input.shape, dtype);
  const w = weightData(weight, input.shape, dtype);
  const values = allocate(dtype, x.length);
  for (let i = 0; i < x.length; i++) {
    if (!(x[i]! >= 0 && x[i]! <= 1)) throw runtimeError('all elements of input should be between 0 and 1');
    if (!(t[i]! >= 0 && t[i]! <= 1)) throw runtimeError('all elements of target should be between 0 and 1');
    const logOneMinus = Math.max(round(Math.log(round(1 - x[i]!))), -100);
    const logX = Math.max(round(Math.log(x[i]!)), -100);
    const value = round(round(round(t[i]! - 1) * logOneMinus) - round(t[i]! * logX));
    values[i] = w ? round(value * w[i]!) : value;
  }
  const loss = withGradMode(false, () => reduce(Tensor.fromStorage(values, input.shape, dtype), reduction));
  const count = x.length;
  record(
    'BinaryCrossEntropyBackward0',
    [input, target],
    loss,
    ([grad]) => {
      const g = materialize(grad!, input.shape, dtype);
      const out = allocate(dtype, count);
      for (let i = 0; i < count; i++) {
        let value = round(round(g[i]! * round(x[i]! - t[i]!)) / Math.max(round(round(1 - x[i]!) * x[i]!), 1e-12));
        if (w) value = round(value * w[i]!);
        out[i] = reduction === 'mean' ? round(value / count) : value;
      }
      return [Tensor.fromStorage(out, input.shape, dtype), null];
    },
  );
  return loss;
}

/**
 * binary_cross_entropy_with_logits:
 * loss = (1 - target) * input + max_val + log(exp(-max_val) + exp(-input - max_val)), max_val = clamp_min(-input, 0);
 * with pos_weight the log term is scaled by (pos_weight - 1) * target + 1; the weight multiplies the result.
 * Recorded as one node, BinaryCrossEntropyWithLogitsBackward0, whose backward is
 * (sigmoid(input) - target) * grad, or ((pos_weight * target + 1 - target) * sigmoid(input) - pos_weight * target) * grad.
 */
export function binaryCrossEntropyWithLogits(input: Tensor, target: Tensor, reduction: Reduction = 'mean', weight?: Tensor, posWeight?: Tensor): Tensor {
  checkSameSize(input, target, `Target size (${sizeText(target)}) must be the same as input size (${sizeText(input)})`);
  if (!isFloating(target.dtype)) throw runtimeError(`result type Float can't be cast to the desired output type ${scalarTypeName(target.dtype)}`);
  const loss = withGradMode(false, () => {
    const x = detach(input);
    const maxVal = clampMin(neg(x), 0);
    const logTerm = log(add(exp(neg(maxVal)), exp(sub(neg(x), maxVal))));
    const oneMinusTarget = mul(rsub(target, wrapNumber(1, 'int64')), x);
    let value: Tensor;
    if (posWeight) {
      const logWeight = add(mul(sub(posWeight, wrapNumber(1, 'int64')), target), wrapNumber(1, 'int64'));
      value = add(oneMinusTarget, mul(logWeight, add(logTerm, maxVal)));
    } else value = add(add(oneMinusTarget, maxVal), logTerm);
    return reduce(weight ? mul(value, weight) : value, reduction);
  });
  const count = input.numel;
  record(
    'BinaryCrossEntropyWithLogitsBackward0',
    [input, target],
    loss,
    ([grad], [savedInput, savedTarget]) => {
      let gradInput: Tensor;
      if (posWeight) {
        const scaledTarget = mul(posWeight, savedTarget!);
        gradInput = mul(sub(mul(sub(add(scaledTarget, wrapNumber(1, 'int64')), savedTarget!), sigmoid(savedInput!)), scaledTarget), grad!);
      } else gradInput = mul(sub(sigmoid(savedInput!), savedTarget!), grad!);
      if (weight) gradInput = mul(gradInput, weight);
      return [reduction === 'mean' ? divScalar(gradInput, count) : gradInput, null];
    },
    [input, target],
  );
  return loss;
}

// ---- nll_loss and cross_entropy

export interface ClassLossOptions {
  weight?: Tensor | undefined;
  ignoreIndex?: number;
  reduction?: Reduction;
}

const CASCADE_LEVELS = 8;

/**
 * nll_loss over input viewed as (batch, classes, positions): -input[b, target, s] * weight[target] per target
 * that is not ignore_index. 'sum' and 'mean' add in PyTorch's cascade (partial sums flushed every 2^k
 * targets) and 'mean' divides by the total weight of the counted targets.
 */
function nllLossKernel(input: Tensor, target: Tensor, options: ClassLossOptions, batch: number, classes: number, positions: number, name: string, outShape: number[]): Tensor {
  const { weight, ignoreIndex = -100, reduction = 'mean' } = options;
  if (target.dtype !== 'int64') throw runtimeError(`expected scalar type Long but found ${scalarTypeName(target.dtype)}`);
  if (weight && (weight.ndim !== 1 || weight.numel !== classes)) {
    throw runtimeError(`weight tensor should be defined either for all ${classes} classes or no classes but got weight tensor of shape: [${weight.shape.join(', ')}]`);
  }
  const dtype = input.dtype;
  const round = roundingFor(dtype);
  const x = input.contiguousData();
  const targets = target.contiguousData();
  const w = weight ? materialize(weight, [classes], dtype) : undefined;
  const total = batch * positions;
  for (let i = 0; i < total; i++) {
    const t = targets[i]!;
    if (t !== ignoreIndex && (t < 0 || t >= classes)) throw indexError(`Target ${t} is out of bounds.`);
  }
  const at = (i: number) => {
    const b = Math.floor(i / positions);
    return (b * classes + targets[i]!) * positions + (i % positions);
  };
  let loss: Tensor;
  let totalWeight = 0;
  if (reduction === 'none') {
    const out = allocate(dtype, total);
    for (let i = 0; i < total; i++) {
      const t = targets[i]!;
      out[i] = t === ignoreIndex ? 0 : round(-x[at(i)]! * (w ? w[t]! : 1));
    }
    loss = Tensor.fromStorage(out, outShape, dtype);
  } else {
    const levelPower = Math.max(4, Math.floor(Math.ceil(Math.log2(Math.max(total, 1))) / CASCADE_LEVELS));
    const levelMask = (1 << levelPower) - 1;
    const lossSums = new Float64Array(CASCADE_LEVELS);
    const weightSums = new Float64Array(CASCADE_LEVELS);
    let ignored = 0;
    for (let i = 0; i < total; i++) {
      const t = targets[i]!;
      if (t === ignoreIndex) {
        ignored++;
        continue;
      }
      if (w) {
        lossSums[0] = round(lossSums[0]! - round(x[at(i)]! * w[t]!));
        weightSums[0] = round(weightSums[0]! + w[t]!);
      } else lossSums[0] = round(lossSums[0]! - x[at(i)]!);
      for (let j = 0; j + 1 < CASCADE_LEVELS; j++) {
        if ((i & (levelMask * 2 ** (j * levelPower))) !== 0) break;
        weightSums[j + 1] = round(weightSums[j + 1]! + weightSums[j]!);
        lossSums[j + 1] = round(lossSums[j + 1]! + lossSums[j]!);
        weightSums[j] = 0;
        lossSums[j] = 0;
      }
    }
    totalWeight = w ? weightSums.reduce((a, b) => round(a + b), 0) : total - ignored;
    let value = lossSums.reduce((a, b) => round(a + b), 0);
    if (reduction === 'mean') value = round(value / totalWeight);
    loss = Tensor.fromStorage(dtype === 'float32' ? Float32Array.of(value) : Float64Array.of(value), [], dtype);
  }
  record(name, [input, target], loss, ([grad]) => {
    const g = grad!.contiguousData();
    const out = allocate(dtype, x.length);
    for (let i = 0; i < total; i++) {
      const t = targets[i]!;
      if (t === ignoreIndex) continue;
      if (reduction === 'none') out[at(i)] = round(-(w ? w[t]! : 1) * g[i]!);
      else {
        const upstream = -(reduction === 'mean' ? round(g[0]! / totalWeight) : g[0]!);
        out[at(i)] = w ? round(w[t]! * upstream) : upstream;
      }
    }
    return [Tensor.fromStorage(out, input.shape, dtype), null];
  });
  return loss;
}

/** nll_loss for inputs (C), (N, C) or (N, C, d1, ...) with targets (), (N) or (N, d1, ...). */
export function nllLoss(input: Tensor, target: Tensor, options: ClassLossOptions = {}): Tensor {
  if (input.ndim < 1) throw valueError(`Expected 1 or more dimensions (got ${input.ndim})`);
  if (input.ndim !== 1 && input.shape[0] !== target.shape[0]) {
    throw valueError(`Expected input batch_size (${input.shape[0]}) to match target batch_size (${target.shape[0]}).`);
  }
  if (input.ndim <= 2) {
    if (target.ndim > 1) throw runtimeError('0D or 1D target tensor expected, multi-target not supported');
    const noBatch = input.ndim === 1 && target.ndim === 0;
    if (!noBatch && input.shape[0] !== target.shape[0]) throw runtimeError(`size mismatch (got input: [${input.shape.join(', ')}], target: [${target.shape.join(', ')}])`);
    const batch = input.ndim === 1 ? 1 : input.shape[0]!;
    const classes = input.shape[input.ndim - 1]!;
    return nllLossKernel(input, target, options, batch, classes, 1, 'NllLossBackward0', noBatch ? [] : [batch]);
  }
  const [batch, classes] = input.shape as [number, number];
  const spatial = input.shape.slice(2);
  if (target.ndim !== input.ndim - 1 || spatial.some((size, d) => size !== target.shape[d + 1])) {
    throw runtimeError(`Expected target size [${[batch, ...spatial].join(', ')}], got [${target.shape.join(', ')}]`);
  }
  const positions = numel(spatial);
  if (input.ndim === 4) return nllLossKernel(contiguous(input), target, options, batch, classes, positions, 'NllLoss2DBackward0', [batch, ...spatial]);
  const loss = nllLossKernel(view(contiguous(input), [batch, classes, 1, positions]), target, options, batch, classes, positions, 'NllLoss2DBackward0', [batch, 1, positions]);
  return options.reduction === 'none' ? view(loss, [batch, ...spatial]) : loss;
}

export interface CrossEntropyOptions extends ClassLossOptions {
  labelSmoothing?: number;
}

/**
 * cross_entropy: log_softmax over the class dim, then nll_loss for class indices, or -sum(target * log_softmax)
 * for class probabilities (a target shaped like the input); label smoothing mixes in the uniform distribution.
 */
export function crossEntropy(input: Tensor, target: Tensor, options: CrossEntropyOptions = {}): Tensor {
  const { weight, ignoreIndex = -100, reduction = 'mean', labelSmoothing = 0 } = options;
  const classDim = input.ndim === 1 ? 0 : 1;
  const sameShape = input.ndim === target.ndim && input.shape.every((size, d) => size === target.shape[d]);
  if (sameShape) {
    if (!isFloating(target.dtype)) throw runtimeError(`Expected floating point type for target with class probabilities, got ${scalarTypeName(target.dtype)}`);
    if (ignoreIndex >= 0) throw runtimeError('ignore_index is not supported for floating point target');
  }
  const classes = input.shape[classDim]!;
  const logProbabilities = logSoftmax(input, classDim);
  const weightView = () => view(weight!, input.shape.map((size, d) => (d === classDim ? size : 1)));
  if (sameShape) {
    const smoothed = labelSmoothing > 0 ? add(mulScalar(target, 1 - labelSmoothing), wrapNumber(labelSmoothing / classes, 'float64')) : target;
    const product = weight ? mul(mul(logProbabilities, smoothed), weightView()) : mul(logProbabilities, smoothed);
    if (reduction === 'mean') return divScalar(neg(sum(product)), input.numel / classes);
    if (reduction === 'sum') return neg(sum(product));
    return neg(sum(product, [classDim]));
  }
  if (labelSmoothing > 1) throw runtimeError(`label_smoothing must be between 0.0 and 1.0. Got: ${labelSmoothing}`);
  const nll = nllLoss(logProbabilities, target, { weight, ignoreIndex, reduction });
  if (labelSmoothing <= 0) return nll;
  const ignored = eq(target, wrapNumber(ignoreIndex, 'int64'));
  const perPosition = neg(sum(weight ? mul(logProbabilities, weightView()) : logProbabilities, [classDim]));
  const smoothLoss = where(ignored, wrapNumber(0, 'float64'), perPosition);
  let reduced: Tensor;
  if (reduction === 'mean') {
    // the mean over the targets that are not ignored (smooth_loss.masked_select(~ignore_mask).mean())
    reduced = weight ? div(sum(smoothLoss), sum(withGradMode(false, () => indexSelect(weight, 0, maskedTargets(target, ignored))))) : mean(index(smoothLoss, [ne(target, wrapNumber(ignoreIndex, 'int64'))]));
  } else reduced = reduction === 'sum' ? sum(smoothLoss) : smoothLoss;
  return add(mulScalar(nll, 1 - labelSmoothing), mulScalar(reduced, labelSmoothing / classes));
}

/** The targets that are not ignored, flattened (target.masked_select(~ignore_mask)). */
function maskedTargets(target: Tensor, ignored: Tensor): Tensor {
  const t = target.contiguousData();
  const skip = ignored.contiguousData();
  const kept: number[] = [];
  for (let i = 0; i < t.length; i++) if (!skip[i]) kept.push(t[i]!);
  return Tensor.fromStorage(Float64Array.from(kept), [kept.length], 'int64');
}

// ---- kl_div

/**
 * kl_div (PyTorch's composite): target * (log(target) - input) written as xlogy(target, target) - target * input,
 * or exp(target) * (target - input) for log targets; then the reduction ('batchmean' is applied by the caller).
 */
export function klDiv(input: Tensor, target: Tensor, reduction: Reduction = 'mean', logTarget = false): Tensor {
  const output = logTarget ? mul(exp(target), sub(target, input)) : sub(xlogy(target), mul(target, input));
  return reduce(output, reduction);
}

/** xlogy(t, t): t * log(t), 0 where t is 0. */
function xlogy(t: Tensor): Tensor {
  const product = mul(t, log(t));
  return where(eq(t, wrapNumber(0, 'int64')), wrapNumber(0, 'int64'), product);
}

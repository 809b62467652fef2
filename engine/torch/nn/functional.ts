// torch.nn.functional: the functions behind the modules, one table entry each (see ../ops.ts).
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import { isFloating, resultType, scalarTypeName } from '../../tensor/dtype';
import { broadcastShapes } from '../../tensor/shape';
import { PyFloat } from '../../python/objects/core';
import { RuntimeError, notImplemented, pyError, valueError } from '../../python/objects/exceptions';
import { str } from '../../python/ops/convert';
import type { BoundArgs } from '../args';
import { IN_PLACE } from '../inplace';
import { functionalSoftmax } from '../reductions';
import type { OpDefinition } from '../ops';
import { CONV_FUNCTIONAL } from './conv';
import { NORMALIZATION_FUNCTIONAL } from './normalization';
import { POOLING_FUNCTIONAL } from './pooling';
import { warn, type WarningOrigin } from '../../tensor/errors';
import { embedding, embeddingRenorm, oneHot } from '../../tensor/ops/embedding';
import { trilinear } from '../../tensor/ops/bilinear';
import { checkProbability, dropout, dropout1d, dropout2d, dropout3d } from './dropout';

export { dropout } from './dropout';

export type Reduction = engine.Reduction;

/** The reduction= argument of a loss. */
export function reduction(args: BoundArgs): Reduction {
  if (args.has('size_average') || args.has('reduce')) throw notImplemented(`${args.fn}(): size_average= and reduce= are deprecated; use reduction=`);
  const value = args.string('reduction', 'mean');
  if (value !== 'none' && value !== 'mean' && value !== 'sum') throw valueError(`${value} is not a valid value for reduction`);
  return value;
}

/**
 * F.linear: addmm for a batch (PyTorch's fused path, also for a contiguous 3-d input viewed as one batch),
 * otherwise matmul then add.
 */
export function linear(input: Tensor, weight: Tensor, bias: Tensor | undefined): Tensor {
  if ((input.ndim === 2 || input.ndim === 3) && bias && input.dtype !== weight.dtype) throw pyError(RuntimeError, 'mat1 and mat2 must have the same dtype');
  if (input.ndim === 2 && bias) return engine.addmm(bias, input, engine.t(weight));
  if (input.ndim === 3 && bias && input.isContiguous()) {
    const [a, b, c] = input.shape as [number, number, number];
    const product = engine.addmm(bias, engine.view(input, [a * b, c]), engine.t(weight));
    return engine.view(product, [a, b, product.shape[1]!]);
  }
  const product = engine.matmul(input, engine.t(weight));
  return bias ? engine.add(product, bias) : product;
}

/** F.bilinear: out[n, o] = x1[n] . W[o] . x2[n] + b[o], PyTorch's _trilinear on the inputs flattened to rows. */
export function bilinear(input1: Tensor, input2: Tensor, weight: Tensor, bias: Tensor | undefined): Tensor {
  if (input1.ndim !== input2.ndim) throw pyError(RuntimeError, `bilinear(): input dimensions do not match: got ${input1.ndim} and ${input2.ndim}`);
  for (const other of [weight, input2]) {
    if (other.dtype !== input1.dtype) throw pyError(RuntimeError, `expected scalar type ${scalarTypeName(input1.dtype)} but found ${scalarTypeName(other.dtype)}`);
  }
  const leading = input1.shape.slice(0, -1);
  const rows = leading.reduce((a, b) => a * b, 1);
  const flat = (input: Tensor) => engine.reshape(input, [rows, input.shape[input.ndim - 1]!]);
  const out = engine.reshape(trilinear(flat(input1), weight, flat(input2)), [...leading, weight.shape[0]!]);
  return bias ? engine.add(out, bias) : out;
}

/** Where torch/nn/modules/loss.py calls each loss (the line its size warning names when a module calls it). */
const LOSS_CALLERS: Record<string, WarningOrigin> = {
  l1_loss: { file: '/usr/lib/python3/dist-packages/torch/nn/modules/loss.py', line: 101, source: 'return F.l1_loss(input, target, reduction=self.reduction)' },
  mse_loss: { file: '/usr/lib/python3/dist-packages/torch/nn/modules/loss.py', line: 536, source: 'return F.mse_loss(input, target, reduction=self.reduction)' },
  smooth_l1_loss: { file: '/usr/lib/python3/dist-packages/torch/nn/modules/loss.py', line: 928, source: 'return F.smooth_l1_loss(input, target, reduction=self.reduction, beta=self.beta)' },
  huber_loss: { file: '/usr/lib/python3/dist-packages/torch/nn/modules/loss.py', line: 988, source: 'return F.huber_loss(input, target, reduction=self.reduction, delta=self.delta)' },
};

/** The broadcasting warning of the regression losses, from the user's line or from the module that called. */
export function warnSizeMismatch(name: string, input: Tensor, target: Tensor, fromModule: boolean): void {
  if (input.shape.length === target.shape.length && input.shape.every((size, d) => size === target.shape[d])) return;
  const size = (t: Tensor) => `torch.Size([${t.shape.join(', ')}])`;
  const message = `Using a target size (${size(target)}) that is different to the input size (${size(input)}). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.`;
  warn(message, fromModule ? LOSS_CALLERS[name] : undefined);
}

/** The regression losses: (input, target, reduction, the extra parameter) computed after the size warning. */
type RegressionLoss = (input: Tensor, target: Tensor, reduction: Reduction, parameter: number) => Tensor;

export const REGRESSION_LOSSES: Record<string, { compute: RegressionLoss; parameter?: string; fallback?: number }> = {
  mse_loss: { compute: (i, t, r) => engine.mseLoss(i, t, r) },
  l1_loss: { compute: (i, t, r) => engine.l1Loss(i, t, r) },
  smooth_l1_loss: { compute: (i, t, r, beta) => engine.smoothL1Loss(i, t, r, beta), parameter: 'beta', fallback: 1 },
  huber_loss: { compute: (i, t, r, delta) => engine.huberLoss(i, t, r, delta), parameter: 'delta', fallback: 1 },
};

function regressionLoss(name: string): OpDefinition {
  const { compute, parameter, fallback } = REGRESSION_LOSSES[name]!;
  const extra = parameter ? `, ${parameter}=` : '';
  const signature = name === 'huber_loss' ? `input, target, reduction=${extra}` : `input, target, size_average=, reduce=, reduction=${extra}`;
  return {
    signature,
    run: (a) => {
      const input = a.tensor('input');
      const target = a.tensor('target');
      warnSizeMismatch(name, input, target, false);
      return compute(input, target, reduction(a), parameter ? a.number(parameter, fallback) : 0);
    },
  };
}

/** The options of the class losses read from their arguments. */
export const classOptions = (a: BoundArgs, r: Reduction): engine.CrossEntropyOptions => ({
  weight: a.optionalTensor('weight'),
  ignoreIndex: a.int('ignore_index', -100),
  reduction: r,
  labelSmoothing: a.number('label_smoothing', 0),
});

/** F.sigmoid and F.tanh: torch.sigmoid and torch.tanh with PyTorch's deprecation warning. */
function deprecatedAlias(name: string, line: number, run: (input: Tensor) => Tensor) {
  const message = `nn.functional.${name} is deprecated. Use torch.${name} instead.`;
  const origin: WarningOrigin = { file: '/usr/lib/python3/dist-packages/torch/nn/functional.py', line, source: `warnings.warn("${message}")` };
  return {
    signature: 'input',
    run: (a: BoundArgs) => {
      warn(message, origin);
      return run(a.tensor('input'));
    },
  };
}

/** F.kl_div: 'batchmean' sums and divides by the batch size; 'mean' warns as PyTorch 1.13 does. */
export function klDiv(input: Tensor, target: Tensor, reductionName: string, logTarget: boolean): Tensor {
  if (reductionName === 'mean') {
    warn(
      "reduction: 'mean' divides the total loss by both the batch size and the support size.'batchmean' divides only by the batch size, and aligns with the KL div math definition.'mean' will be changed to behave the same as 'batchmean' in the next major release.",
      { file: '/usr/lib/python3/dist-packages/torch/nn/functional.py', line: 2916, source: 'warnings.warn(' },
    );
  }
  if (reductionName === 'batchmean') {
    const total = engine.klDiv(input, target, 'sum', logTarget);
    return input.ndim === 0 ? total : engine.div(total, engine.wrapNumber(input.shape[0]!, 'int64'));
  }
  if (reductionName !== 'none' && reductionName !== 'mean' && reductionName !== 'sum') throw valueError(`${reductionName} is not a valid value for reduction`);
  return engine.klDiv(input, target, reductionName, logTarget);
}

/** F.leaky_relu and F.leaky_relu_: in place, the node computes the gradient from the result (LeakyReluBackward1). */
function leakyRelu(a: BoundArgs, inplace: boolean): Tensor {
  const slope = a.number('negative_slope', 0.01);
  return inplace ? engine.leakyReluInPlace(a.tensor('input'), slope) : engine.leakyRelu(a.tensor('input'), slope);
}

/** F.elu and F.elu_: in place, the node computes the gradient from the result (EluBackward1). */
function elu(a: BoundArgs, inplace: boolean): Tensor {
  const alpha = a.number('alpha', 1);
  return inplace ? engine.eluInPlace(a.tensor('input'), { ...engine.ELU_DEFAULTS, alpha }) : engine.elu(a.tensor('input'), alpha);
}

/** F.hardtanh and F.hardtanh_ (relu6 with bounds 0 and 6): in place, the node reads the result. */
export function hardtanh(input: Tensor, min: number, max: number, inplace: boolean): Tensor {
  return inplace ? engine.applyInPlaceSavingResult(input, (x) => engine.hardtanh(x, min, max, true)) : engine.hardtanh(input, min, max);
}

/** An activation with an inplace= flag whose in-place node reads the original input (hardsigmoid_, mish_, ...). */
const withInplace = (fn: (input: Tensor) => Tensor): OpDefinition => ({
  signature: 'input, inplace=',
  run: (a) => (a.bool('inplace') ? engine.applyInPlace(a.tensor('input'), fn, true) : fn(a.tensor('input'))),
});

const rreluOptions = (a: BoundArgs): engine.RreluOptions => ({ lower: a.number('lower', 1 / 8), upper: a.number('upper', 1 / 3), training: a.bool('training') });

/** F.rrelu and F.rrelu_ (torch.rrelu, torch.rrelu_): in place, RreluWithNoiseBackward1 reads the result. */
export function rrelu(a: BoundArgs, inplace: boolean): Tensor {
  const options = rreluOptions(a);
  return inplace ? engine.applyInPlaceSavingResult(a.tensor('input'), (x) => engine.rrelu(x, options, true)) : engine.rrelu(a.tensor('input'), options);
}

/** torch.threshold and threshold_: in place, the node (ThresholdBackward1) reads the original input. */
export function threshold(a: BoundArgs, inplace: boolean): Tensor {
  const limit = a.number('threshold');
  const value = a.number('value');
  if (!inplace) return engine.threshold(a.tensor('input'), limit, value);
  return engine.applyInPlace(a.tensor('input'), (x) => engine.threshold(x, limit, value, 'ThresholdBackward1'), true);
}

/** torch.selu/celu and their in-place forms (EluBackward1, CeluBackward1). */
export function selu(input: Tensor, inplace: boolean): Tensor {
  return inplace ? engine.eluInPlace(input, engine.SELU) : engine.selu(input);
}

export function celu(input: Tensor, alpha: number, inplace: boolean): Tensor {
  return inplace ? engine.eluInPlace(input, engine.celuParameters(alpha), 'CeluBackward1') : engine.celu(input, alpha);
}

/** F.glu: halves of `dim`, which a 0-dim input does not have. */
function glu(a: BoundArgs): Tensor {
  const input = a.tensor('input');
  if (input.ndim === 0) throw pyError(RuntimeError, 'glu does not support scalars because halving size must be even');
  return engine.glu(input, a.int('dim', -1));
}

/** The dropout functions' common arguments: (input, p, training, inplace) with the given defaults. */
const dropoutFunction = (fn: (input: Tensor, p: number, training: boolean, inplace: boolean) => Tensor, trainingDefault: boolean): OpDefinition => ({
  signature: 'input, p=, training=, inplace=',
  run: (a) => {
    if (a.has('p')) checkProbability(a.raw('p')!);
    return fn(a.tensor('input'), a.number('p', 0.5), a.bool('training', trainingDefault), a.bool('inplace'));
  },
});

const alphaDropout =
  (feature: boolean) =>
  (input: Tensor, p: number, training: boolean, inplace: boolean): Tensor =>
    dropout(input, p, training, inplace, { feature, alpha: true });

/** F.normalize: input / max(norm(input, p, dim, keepdim=True), eps), expanded. */
function normalize(a: BoundArgs): Tensor {
  const input = a.tensor('input');
  const p = a.number('p', 2);
  const dim = a.int('dim', 1);
  const denominator = engine.clampMin(engine.norm(input, p, [dim], true), a.number('eps', 1e-12));
  return engine.div(input, engine.expand(denominator, input.shape));
}

/**
 * F.cosine_similarity as PyTorch 1.13 composes it: both inputs converted to their common floating dtype and
 * expanded to the common shape, each divided by sqrt(sum(x^2, dim)) whose sum is clamped to eps^2 in place
 * outside autograd, then the product summed over dim.
 */
function cosineSimilarity(a: BoundArgs): Tensor {
  const x1 = a.tensor('x1');
  const x2 = a.tensor('x2');
  const dtype = resultType([engine.operandOf(x1), engine.operandOf(x2)]);
  if (!isFloating(dtype)) throw pyError(RuntimeError, `expected common dtype to be floating point, yet common dtype is ${scalarTypeName(dtype)}`);
  const shape = broadcastShapes(x1.shape, x2.shape);
  const dim = a.int('dim', 1);
  const epsSquared = a.number('eps', 1e-8) ** 2;
  const normalized = (x: Tensor): Tensor => {
    const expanded = engine.expand(engine.toDtype(x, dtype), shape);
    const squaredNorm = engine.sum(engine.powScalar(expanded, engine.wrapNumber(2, 'int64')), [dim], true);
    engine.withGradMode(false, () => engine.copyInto(squaredNorm, engine.clampMin(squaredNorm, epsSquared)));
    return engine.div(expanded, engine.sqrt(squaredNorm));
  };
  return engine.sum(engine.mul(normalized(x1), normalized(x2)), [dim]);
}

/** F.pairwise_distance: norm(x1 - x2 + eps, p) over the last dim of the larger input. */
function pairwiseDistance(a: BoundArgs): Tensor {
  const x1 = a.tensor('x1');
  const x2 = a.tensor('x2');
  const difference = engine.addScalar(engine.sub(x1, x2), a.number('eps', 1e-6));
  return engine.norm(difference, a.number('p', 2), [Math.max(x1.ndim, x2.ndim) - 1], a.bool('keepdim'));
}

const pad = (a: BoundArgs): Tensor => engine.pad(a.tensor('input'), a.ints('pad'), a.string('mode', 'constant'), a.number('value', 0));

/** Python's str() of a float argument, for messages that format it (0.5 -> '0.5', 1 -> '1'). */
export const floatText = (value: number): string => str(new PyFloat(value));

export const NN_FUNCTIONAL: Record<string, OpDefinition> = {
  relu: { signature: 'input, inplace=', run: (a) => (a.bool('inplace') ? IN_PLACE.relu_!.run(a) : engine.relu(a.tensor('input'))) },
  relu_: IN_PLACE.relu_!,
  leaky_relu: { signature: 'input, negative_slope=, inplace=', run: (a) => leakyRelu(a, a.bool('inplace')) },
  leaky_relu_: { signature: 'input, negative_slope=', run: (a) => leakyRelu(a, true) },
  elu: { signature: 'input, alpha=, inplace=', run: (a) => elu(a, a.bool('inplace')) },
  elu_: { signature: 'input, alpha=', run: (a) => elu(a, true) },
  gelu: {
    signature: 'input, approximate=',
    run: (a) => {
      const approximate = a.string('approximate', 'none');
      if (approximate !== 'none' && approximate !== 'tanh') throw pyError(RuntimeError, 'approximate argument must be either none or tanh.');
      return engine.gelu(a.tensor('input'), approximate);
    },
  },
  silu: { signature: 'input, inplace=', run: (a) => (a.bool('inplace') ? engine.applyInPlace(a.tensor('input'), engine.silu, true) : engine.silu(a.tensor('input'))) },
  softplus: { signature: 'input, beta=, threshold=', run: (a) => engine.softplus(a.tensor('input'), a.number('beta', 1), a.number('threshold', 20)) },
  sigmoid: deprecatedAlias('sigmoid', 1967, engine.sigmoid),
  hardtanh: { signature: 'input, min_val=, max_val=, inplace=', run: (a) => hardtanh(a.tensor('input'), a.number('min_val', -1), a.number('max_val', 1), a.bool('inplace')) },
  hardtanh_: { signature: 'input, min_val=, max_val=', run: (a) => hardtanh(a.tensor('input'), a.number('min_val', -1), a.number('max_val', 1), true) },
  relu6: { signature: 'input, inplace=', run: (a) => hardtanh(a.tensor('input'), 0, 6, a.bool('inplace')) },
  selu: { signature: 'input, inplace=', run: (a) => selu(a.tensor('input'), a.bool('inplace')) },
  selu_: { signature: 'input', run: (a) => selu(a.tensor('input'), true) },
  celu: { signature: 'input, alpha=, inplace=', run: (a) => celu(a.tensor('input'), a.number('alpha', 1), a.bool('inplace')) },
  celu_: { signature: 'input, alpha=', run: (a) => celu(a.tensor('input'), a.number('alpha', 1), true) },
  threshold: { signature: 'input, threshold, value, inplace=', run: (a) => threshold(a, a.bool('inplace')) },
  threshold_: { signature: 'input, threshold, value', run: (a) => threshold(a, true) },
  rrelu: { signature: 'input, lower=, upper=, training=, inplace=', run: (a) => rrelu(a, a.bool('inplace')) },
  rrelu_: { signature: 'input, lower=, upper=, training=', run: (a) => rrelu(a, true) },
  hardsigmoid: withInplace(engine.hardsigmoid),
  hardswish: withInplace(engine.hardswish),
  mish: withInplace(engine.mish),
  softsign: { signature: 'input', run: (a) => engine.div(a.tensor('input'), engine.add(engine.abs(a.tensor('input')), engine.wrapNumber(1, 'int64'))) },
  tanhshrink: { signature: 'input', run: (a) => engine.sub(a.tensor('input'), engine.tanh(a.tensor('input'))) },
  hardshrink: { signature: 'input, lambd=', run: (a) => engine.hardshrink(a.tensor('input'), a.number('lambd', 0.5)) },
  softshrink: { signature: 'input, lambd=', run: (a) => engine.softshrink(a.tensor('input'), a.number('lambd', 0.5)) },
  logsigmoid: { signature: 'input', run: (a) => engine.logSigmoid(a.tensor('input')) },
  softmin: functionalSoftmax('softmin'),
  glu: { signature: 'input, dim=', run: glu },
  prelu: { signature: 'input, weight', run: (a) => engine.prelu(a.tensor('input'), a.tensor('weight')) },
  tanh: deprecatedAlias('tanh', 1956, engine.tanh),
  softmax: functionalSoftmax('softmax'),
  log_softmax: functionalSoftmax('log_softmax'),
  dropout: dropoutFunction(dropout, true),
  dropout1d: dropoutFunction(dropout1d, true),
  dropout2d: dropoutFunction(dropout2d, true),
  dropout3d: dropoutFunction(dropout3d, true),
  alpha_dropout: dropoutFunction(alphaDropout(false), false),
  feature_alpha_dropout: dropoutFunction(alphaDropout(true), false),
  linear: { signature: 'input, weight, bias=', run: (a) => linear(a.tensor('input'), a.tensor('weight'), a.optionalTensor('bias')) },
  bilinear: { signature: 'input1, input2, weight, bias=', run: (a) => bilinear(a.tensor('input1'), a.tensor('input2'), a.tensor('weight'), a.optionalTensor('bias')) },
  embedding: {
    signature: 'input, weight, padding_idx=, max_norm=, norm_type=, scale_grad_by_freq=, sparse=',
    run: (a) => {
      if (a.bool('scale_grad_by_freq') || a.bool('sparse')) throw notImplemented('embedding(): scale_grad_by_freq and sparse are not supported in agnb yet');
      const weight = a.tensor('weight');
      const paddingIdx = a.optionalInt('padding_idx');
      const maxNorm = a.optionalNumber('max_norm');
      if (maxNorm !== undefined) embeddingRenorm(weight, a.tensor('input'), maxNorm, a.number('norm_type', 2));
      return embedding(a.tensor('input'), weight, paddingIdx === undefined ? undefined : paddingIdx < 0 ? paddingIdx + weight.shape[0]! : paddingIdx);
    },
  },
  one_hot: { signature: 'tensor, num_classes=', run: (a) => oneHot(a.tensor('tensor'), a.int('num_classes', -1)) },
  pad: { signature: 'input, pad, mode=, value=', run: pad },
  normalize: { signature: 'input, p=, dim=, eps=, out=', run: normalize },
  cosine_similarity: { signature: 'x1, x2, dim=, eps=', run: cosineSimilarity },
  pairwise_distance: { signature: 'x1, x2, p=, eps=, keepdim=', run: pairwiseDistance },
  mse_loss: regressionLoss('mse_loss'),
  l1_loss: regressionLoss('l1_loss'),
  smooth_l1_loss: regressionLoss('smooth_l1_loss'),
  huber_loss: regressionLoss('huber_loss'),
  binary_cross_entropy: {
    signature: 'input, target, weight=, size_average=, reduce=, reduction=',
    run: (a) => engine.binaryCrossEntropy(a.tensor('input'), a.tensor('target'), a.optionalTensor('weight'), reduction(a)),
  },
  binary_cross_entropy_with_logits: {
    signature: 'input, target, weight=, size_average=, reduce=, reduction=, pos_weight=',
    run: (a) => engine.binaryCrossEntropyWithLogits(a.tensor('input'), a.tensor('target'), reduction(a), a.optionalTensor('weight'), a.optionalTensor('pos_weight')),
  },
  cross_entropy: {
    signature: 'input, target, weight=, size_average=, ignore_index=, reduce=, reduction=, label_smoothing=',
    run: (a) => engine.crossEntropy(a.tensor('input'), a.tensor('target'), classOptions(a, reduction(a))),
  },
  nll_loss: {
    signature: 'input, target, weight=, size_average=, ignore_index=, reduce=, reduction=',
    run: (a) => engine.nllLoss(a.tensor('input'), a.tensor('target'), classOptions(a, reduction(a))),
  },
  kl_div: {
    signature: 'input, target, size_average=, reduce=, reduction=, log_target=',
    run: (a) => {
      if (a.has('size_average') || a.has('reduce')) throw notImplemented('kl_div(): size_average= and reduce= are deprecated; use reduction=');
      return klDiv(a.tensor('input'), a.tensor('target'), a.string('reduction', 'mean'), a.bool('log_target'));
    },
  },
  ...CONV_FUNCTIONAL,
  ...POOLING_FUNCTIONAL,
  ...NORMALIZATION_FUNCTIONAL,
};

/**
 * The activations and dropouts torch itself has (torch.selu, torch.rrelu_, torch.alpha_dropout, ...), which
 * F calls; their argument names are ATen's.
 */
export const TORCH_ACTIVATIONS: Record<string, OpDefinition> = {
  cosine_similarity: NN_FUNCTIONAL.cosine_similarity!,
  conv_transpose1d: NN_FUNCTIONAL.conv_transpose1d!,
  conv_transpose2d: NN_FUNCTIONAL.conv_transpose2d!,
  group_norm: {
    signature: 'input, num_groups, weight=, bias=, eps=, cudnn_enabled=',
    run: (a) => engine.groupNorm(a.tensor('input'), a.int('num_groups'), a.optionalTensor('weight') ?? null, a.optionalTensor('bias') ?? null, a.number('eps', 1e-5)),
  },
  pairwise_distance: NN_FUNCTIONAL.pairwise_distance!,
  relu_: IN_PLACE.relu_!,
  selu: { signature: 'input', run: (a) => selu(a.tensor('input'), false) },
  selu_: { signature: 'input', run: (a) => selu(a.tensor('input'), true) },
  celu: { signature: 'input, alpha=', run: (a) => celu(a.tensor('input'), a.number('alpha', 1), false) },
  celu_: { signature: 'input, alpha=', run: (a) => celu(a.tensor('input'), a.number('alpha', 1), true) },
  threshold: { signature: 'input, threshold, value', run: (a) => threshold(a, false) },
  threshold_: { signature: 'input, threshold, value', run: (a) => threshold(a, true) },
  rrelu: { signature: 'input, lower=, upper=, training=, generator=', run: (a) => rrelu(a, false) },
  rrelu_: { signature: 'input, lower=, upper=, training=, generator=', run: (a) => rrelu(a, true) },
  alpha_dropout: { signature: 'input, p, train', run: (a) => dropout(a.tensor('input'), a.number('p'), a.bool('train'), false, { feature: false, alpha: true }) },
  alpha_dropout_: { signature: 'input, p, train', run: (a) => dropout(a.tensor('input'), a.number('p'), a.bool('train'), true, { feature: false, alpha: true }) },
  feature_alpha_dropout: { signature: 'input, p, train', run: (a) => dropout(a.tensor('input'), a.number('p'), a.bool('train'), false, { feature: true, alpha: true }) },
  feature_alpha_dropout_: { signature: 'input, p, train', run: (a) => dropout(a.tensor('input'), a.number('p'), a.bool('train'), true, { feature: true, alpha: true }) },
  feature_dropout: { signature: 'input, p, train', run: (a) => dropout(a.tensor('input'), a.number('p'), a.bool('train'), false, { feature: true, alpha: false }) },
  feature_dropout_: { signature: 'input, p, train', run: (a) => dropout(a.tensor('input'), a.number('p'), a.bool('train'), true, { feature: true, alpha: false }) },
};

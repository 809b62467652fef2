// The torch.nn.functional op family (tools/opcases/nn.py): activations and losses.
import * as torch from '../../../engine/tensor/index';
import type { Tensor } from '../../../engine/tensor/index';
import { constantPad, embedding, indexPad } from '../../../engine/tensor/ops/embedding';
import { bilinear, linear } from '../../../engine/torch/nn/functional';

const int = (value: number) => torch.wrapNumber(value, 'int64');
const asDouble = (tensor: Tensor) => torch.toDtype(tensor, 'float64');
/** Rows scaled to sum to 1 (soft class targets). */
const rows = (tensor: Tensor) => torch.div(tensor, torch.sum(tensor, [1], true));

const GELU_LENGTHS = [...Array.from({ length: 40 }, (_, i) => i + 1), 300];

/** gelu_lengths in tools/opcases/nn.py: gelu of each prefix x and its gradient for the upstream x / 2. */
function geluLengths(a: Tensor): Tensor[] {
  return GELU_LENGTHS.flatMap((n) => {
    const x = torch.detach(torch.slice(a, 0, 0, n));
    x.requiresGrad = true;
    const y = torch.gelu(x);
    return [torch.detach(y), torch.grad([y], [x], { gradOutputs: [torch.div(torch.detach(x), int(2))] })[0]!];
  });
}

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, (...inputs: Tensor[]) => Tensor | Tensor[]> = {
  leaky_relu: (a) => torch.leakyRelu(a!),
  leaky_relu_slope: (a) => torch.leakyRelu(a!, 0.2),
  leaky_relu_float64: (a) => torch.leakyRelu(asDouble(a!), 0.1),
  elu: (a) => torch.elu(a!),
  elu_alpha: (a) => torch.elu(torch.mul(a!, int(3)), 0.5),
  elu_float64: (a) => torch.elu(asDouble(a!)),
  gelu: (a) => torch.gelu(a!),
  gelu_wide: (a) => torch.gelu(torch.mul(torch.detach(a!), int(4))),
  gelu_tanh: (a) => torch.gelu(torch.mul(a!, int(2)), 'tanh'),
  gelu_float64: (a) => torch.gelu(torch.mul(asDouble(a!), int(2))),
  gelu_tanh_float64: (a) => torch.gelu(torch.mul(asDouble(a!), int(2)), 'tanh'),
  silu: (a) => torch.silu(a!),
  silu_float64: (a) => torch.silu(torch.mul(asDouble(a!), int(3))),
  softplus: (a) => torch.softplus(torch.mul(a!, int(3))),
  softplus_beta_threshold: (a) => torch.softplus(torch.mul(a!, int(5)), 2, 4),
  softplus_float64: (a) => torch.softplus(torch.mul(asDouble(a!), int(3))),
  mse_mean: (a, b) => torch.mseLoss(a!, b!),
  l1_mean: (a, b) => torch.l1Loss(a!, b!),
  l1_sum: (a, b) => torch.l1Loss(a!, b!, 'sum'),
  l1_none: (a, b) => torch.l1Loss(a!, b!, 'none'),
  smooth_l1_mean: (a, b) => torch.smoothL1Loss(torch.mul(a!, int(2)), b!),
  smooth_l1_beta_sum: (a, b) => torch.smoothL1Loss(torch.mul(a!, int(2)), b!, 'sum', 0.5),
  smooth_l1_beta0_none: (a, b) => torch.smoothL1Loss(a!, b!, 'none', 0),
  smooth_l1_float64: (a, b) => torch.smoothL1Loss(torch.mul(asDouble(a!), int(2)), asDouble(b!)),
  huber_mean: (a, b) => torch.huberLoss(torch.mul(a!, int(2)), b!),
  huber_delta_none: (a, b) => torch.huberLoss(torch.mul(a!, int(2)), b!, 'none', 0.7),
  huber_sum: (a, b) => torch.huberLoss(torch.mul(a!, int(2)), b!, 'sum'),
  bce_mean: (a, b) => torch.binaryCrossEntropy(torch.sigmoid(a!), b!),
  bce_hard_targets: (a, b) => torch.binaryCrossEntropy(torch.sigmoid(torch.mul(a!, int(3))), b!),
  bce_weight_sum: (a, b, w) => torch.binaryCrossEntropy(torch.sigmoid(a!), b!, w!, 'sum'),
  bce_none: (a, b) => torch.binaryCrossEntropy(torch.sigmoid(a!), b!, undefined, 'none'),
  bce_float64: (a, b) => torch.binaryCrossEntropy(torch.sigmoid(asDouble(a!)), asDouble(b!)),
  bce_logits_mean: (a, b) => torch.binaryCrossEntropyWithLogits(torch.mul(a!, int(2)), b!),
  bce_logits_pos_weight: (a, b, p) => torch.binaryCrossEntropyWithLogits(torch.mul(a!, int(2)), b!, 'mean', undefined, p!),
  bce_logits_weight_sum: (a, b, w, p) => torch.binaryCrossEntropyWithLogits(a!, b!, 'sum', w!, p!),
  bce_logits_none: (a, b) => torch.binaryCrossEntropyWithLogits(a!, b!, 'none'),
  nll_mean: (a, t) => torch.nllLoss(torch.logSoftmax(a!, 1), t!),
  nll_weight_ignore: (a, t, w) => torch.nllLoss(a!, t!, { weight: w!, ignoreIndex: 1 }),
  nll_sum_large: (a, t) => torch.nllLoss(a!, t!, { reduction: 'sum' }),
  nll_none: (a, t) => torch.nllLoss(a!, t!, { reduction: 'none' }),
  nll_1d: (a, t) => torch.nllLoss(a!, torch.select(t!, 0, 0)),
  nll_4d: (a, t) => torch.nllLoss(a!, t!),
  nll_3d_none: (a, t) => torch.nllLoss(a!, t!, { reduction: 'none' }),
  cross_entropy: (a, t) => torch.crossEntropy(a!, t!),
  cross_entropy_large: (a, t) => torch.crossEntropy(a!, t!),
  cross_entropy_float64: (a, t) => torch.crossEntropy(asDouble(a!), t!),
  cross_entropy_weight_ignore: (a, t, w) => torch.crossEntropy(a!, t!, { weight: w!, ignoreIndex: 0 }),
  cross_entropy_sum: (a, t) => torch.crossEntropy(a!, t!, { reduction: 'sum' }),
  cross_entropy_none: (a, t) => torch.crossEntropy(a!, t!, { reduction: 'none' }),
  cross_entropy_3d: (a, t) => torch.crossEntropy(a!, t!),
  cross_entropy_smoothing: (a, t) => torch.crossEntropy(a!, t!, { labelSmoothing: 0.1 }),
  cross_entropy_smoothing_weight: (a, t, w) => torch.crossEntropy(a!, t!, { weight: w!, labelSmoothing: 0.2, ignoreIndex: 2 }),
  cross_entropy_smoothing_none: (a, t) => torch.crossEntropy(a!, t!, { labelSmoothing: 0.3, reduction: 'none' }),
  cross_entropy_probs: (a, b) => torch.crossEntropy(a!, rows(b!)),
  cross_entropy_probs_weight_sum: (a, b, w) => torch.crossEntropy(a!, rows(b!), { weight: w!, reduction: 'sum' }),
  cross_entropy_probs_smoothing_none: (a, b) => torch.crossEntropy(a!, rows(b!), { labelSmoothing: 0.1, reduction: 'none' }),
  kl_div_sum: (a, b) => torch.klDiv(torch.logSoftmax(a!, 1), rows(b!), 'sum'),
  kl_div_batchmean: (a, b) => torch.div(torch.klDiv(torch.logSoftmax(a!, 1), rows(b!), 'sum'), int(4)),
  kl_div_log_target_none: (a, b) => torch.klDiv(torch.logSoftmax(a!, 1), torch.log(rows(b!)), 'none', true),
  kl_div_zero_target: (a, b) => torch.klDiv(a!, b!, 'sum'),
  embedding: (w, i) => embedding(i!, w!),
  embedding_padding: (w, i) => embedding(i!, w!, 2),
  pad_constant: (a) => constantPad(a!, [1, 2, 0, 1], 0.5),
  pad_reflect: (a) => indexPad(a!, [2, 1], 'reflect'),
  pad_reflect_2d: (a) => indexPad(a!, [1, 2, 2, 1], 'reflect'),
  pad_replicate: (a) => indexPad(a!, [3, 1], 'replicate'),
  normalize: (a) => torch.div(a!, torch.expand(torch.clampMin(torch.norm(a!, 2, [1], true), 1e-12), a!.shape)),
  normalize_p1_dim0: (a) => torch.div(a!, torch.expand(torch.clampMin(torch.norm(a!, 1, [0], true), 1e-12), a!.shape)),
  linear_3d: (a, w, b) => linear(a!, w!, b!),
  linear_4d_no_bias: (a, w) => linear(a!, w!, undefined),
  bilinear: (a, b, w, c) => bilinear(a!, b!, w!, c!),
  elu_vector_tail: (a) => torch.elu(torch.mul(a!, int(3)), 0.7),
  gelu_vector_tail: (a) => torch.gelu(torch.mul(a!, int(3))),
  gelu_wide_grad: (a) => torch.gelu(torch.mul(a!, int(4))),
  gelu_tanh_vector_tail: (a) => torch.gelu(torch.mul(a!, int(3)), 'tanh'),
  silu_vector_tail: (a) => torch.silu(torch.mul(a!, int(4))),
  softplus_vector_tail: (a) => torch.softplus(torch.mul(a!, int(4)), 1.5, 3),
  cross_entropy_smoothing_ignore: (a, t) => torch.crossEntropy(a!, t!, { ignoreIndex: 1, labelSmoothing: 0.2 }),
  bilinear_3d_no_bias: (a, b, w) => bilinear(a!, b!, w!, undefined),
  bilinear_large: (a, b, w, c) => bilinear(a!, b!, w!, c!),
  gelu_single: (a) => torch.gelu(torch.mul(torch.select(a!, 0, 0), int(2))),
  gelu_single_row: (a) => torch.gelu(torch.mul(a!, torch.wrapNumber(1.5, 'float64'))),
  gelu_lengths_float64: (a) => geluLengths(torch.mul(asDouble(torch.detach(a!)), int(3))),
};

/** Every case of this family is exact. */
export const ULP_ALLOWANCE: Record<string, number> = {};

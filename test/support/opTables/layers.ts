// The layers op family (tools/opcases/layers.py): convolutions, pooling and normalisation.
import * as torch from '../../../engine/tensor/index';
import type { Tensor } from '../../../engine/tensor/index';
import type { Allowance } from '../opCases';
import * as random from '../../../engine/random/index';

const f64 = (t: Tensor) => torch.toDtype(t, 'float64');

type Op = (...inputs: Tensor[]) => Tensor | Tensor[];

const CONVOLUTION: Record<string, Op> = {
  conv2d_batch1: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_batch2: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_no_bias: (x, w) => torch.conv2d(x!, w!),
  conv2d_no_bias_batch1: (x, w) => torch.conv2d(x!, w!),
  conv2d_stride_padding: (x, w, b) => torch.conv2d(x!, w!, b, { stride: [2], padding: [1] }),
  conv2d_stride_padding_batch1: (x, w, b) => torch.conv2d(x!, w!, b, { stride: [2], padding: [1] }),
  conv2d_dilation: (x, w, b) => torch.conv2d(x!, w!, b, { padding: [2], dilation: [2] }),
  conv2d_dilation_batch1: (x, w, b) => torch.conv2d(x!, w!, b, { padding: [2], dilation: [2] }),
  conv2d_groups: (x, w) => torch.conv2d(x!, w!, null, { groups: 2 }),
  conv2d_groups_block8: (x, w, b) => torch.conv2d(x!, w!, b, { stride: [2], groups: 2 }),
  conv2d_groups_block8_dilated: (x, w) => torch.conv2d(x!, w!, null, { padding: [1], dilation: [2], groups: 3 }),
  conv2d_groups_blocked: (x, w, b) => torch.conv2d(x!, w!, b, { padding: [1], groups: 2 }),
  conv2d_groups_flat: (x, w, b) => torch.conv2d(x!, w!, b, { groups: 2 }),
  conv2d_groups_batch1: (x, w, b) => torch.conv2d(x!, w!, b, { groups: 2 }),
  conv2d_depthwise: (x, w, b) => torch.conv2d(x!, w!, b, { padding: [1], groups: 3 }),
  conv2d_many_channels: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_many_channels_batch1: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_pointwise_batch16: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_pointwise_many_channels: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_pointwise_strided: (x, w, b) => torch.conv2d(x!, w!, b, { stride: [2] }),
  conv2d_wide: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_pointwise: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_kernel5_batch1: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_rectangular: (x, w, b) => torch.conv2d(x!, w!, b, { stride: [2, 1], padding: [1, 0] }),
  conv2d_same: (x, w, b) => torch.conv2d(x!, w!, b, { padding: 'same' }),
  conv2d_same_even: (x, w, b) => torch.conv2d(x!, w!, b, { padding: 'same' }),
  conv2d_same_dilated: (x, w) => torch.conv2d(x!, w!, null, { padding: 'same', dilation: [2] }),
  conv2d_valid: (x, w, b) => torch.conv2d(x!, w!, b, { padding: 'valid' }),
  conv2d_unbatched: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_float64: (x, w, b) => torch.conv2d(f64(x!), f64(w!), f64(b!)),
  conv1d_batch1: (x, w, b) => torch.conv1d(x!, w!, b),
  conv1d_batch2: (x, w, b) => torch.conv1d(x!, w!, b, { stride: [2], padding: [1] }),
  conv1d_groups_dilation: (x, w) => torch.conv1d(x!, w!, null, { groups: 2, dilation: [2] }),
  conv1d_same_even: (x, w, b) => torch.conv1d(x!, w!, b, { padding: 'same' }),
  conv1d_unbatched: (x, w, b) => torch.conv1d(x!, w!, b),
  conv_transpose2d: (x, w, b) => torch.convTranspose2d(x!, w!, b),
  conv_transpose2d_batch1: (x, w, b) => torch.convTranspose2d(x!, w!, b),
  conv_transpose2d_stride_padding: (x, w, b) => torch.convTranspose2d(x!, w!, b, { stride: [2], padding: [1], outputPadding: [1] }),
  conv_transpose2d_groups_dilation: (x, w, b) => torch.convTranspose2d(x!, w!, b, { stride: [2, 1], padding: [0, 1], groups: 2, dilation: [2] }),
  conv_transpose2d_output_padding_dilation: (x, w) => torch.convTranspose2d(x!, w!, null, { outputPadding: [1], dilation: [2] }),
  conv_transpose2d_pointwise: (x, w, b) => torch.convTranspose2d(x!, w!, b),
  conv_transpose2d_unbatched: (x, w, b) => torch.convTranspose2d(x!, w!, b, { stride: [2] }),
  conv_transpose2d_float64: (x, w, b) => torch.convTranspose2d(f64(x!), f64(w!), f64(b!), { stride: [2], padding: [1] }),
  conv_transpose1d: (x, w, b) => torch.convTranspose1d(x!, w!, b, { stride: [3], padding: [2], outputPadding: [2] }),
  conv_transpose1d_groups: (x, w) => torch.convTranspose1d(x!, w!, null, { groups: 3, dilation: [3] }),
  conv_transpose1d_unbatched: (x, w, b) => torch.convTranspose1d(x!, w!, b),
};

/**
 * oneDNN's im2col + sgemm path (grouped convolutions with channel counts per group that no direct kernel
 * blocks) computes the bias gradient in an order the engine does not reproduce: it may differ by rounding,
 * bounded relative to the largest gradient.
 */
const GEMM_BIAS: Allowance = { relative: 1e-6 };
export const ALLOWANCES: Record<string, Allowance> = { conv2d_groups_batch1: GEMM_BIAS, conv2d_groups_blocked: GEMM_BIAS, conv2d_groups_flat: GEMM_BIAS };

const POOLING: Record<string, Op> = {
  max_pool2d: (x) => torch.maxPool2d(x, { kernelSize: [2] }),
  max_pool2d_stride_padding: (x) => torch.maxPool2d(x, { kernelSize: [3], stride: [2], padding: [1] }),
  max_pool2d_overlapping: (x) => torch.maxPool2d(x, { kernelSize: [3], stride: [1] }),
  max_pool2d_dilation: (x) => torch.maxPool2d(x, { kernelSize: [2], dilation: [2] }),
  max_pool2d_ceil_mode: (x) => torch.maxPool2d(x, { kernelSize: [2], ceilMode: true }),
  max_pool2d_ceil_padding: (x) => torch.maxPool2d(x, { kernelSize: [3], stride: [2], padding: [1], ceilMode: true }),
  max_pool2d_rectangular: (x) => torch.maxPool2d(x, { kernelSize: [2, 3], stride: [1, 2] }),
  max_pool2d_indices: (x) => torch.maxPool2dWithIndices(x, { kernelSize: [2] }),
  max_pool2d_ties: (x) => torch.maxPool2dWithIndices(x, { kernelSize: [2], stride: [1] }),
  max_pool2d_unbatched: (x) => torch.maxPool2d(x, { kernelSize: [2] }),
  max_pool2d_float64: (x) => torch.maxPool2d(f64(x), { kernelSize: [2] }),
  avg_pool2d: (x) => torch.avgPool2d(x, { kernelSize: [2] }),
  avg_pool2d_padding: (x) => torch.avgPool2d(x, { kernelSize: [3], stride: [2], padding: [1] }),
  avg_pool2d_exclude_pad: (x) => torch.avgPool2d(x, { kernelSize: [3], stride: [2], padding: [1], countIncludePad: false }),
  avg_pool2d_ceil_mode: (x) => torch.avgPool2d(x, { kernelSize: [2], ceilMode: true }),
  avg_pool2d_ceil_exclude_pad: (x) => torch.avgPool2d(x, { kernelSize: [3], stride: [2], padding: [1], ceilMode: true, countIncludePad: false }),
  avg_pool2d_divisor: (x) => torch.avgPool2d(x, { kernelSize: [3], stride: [1], divisorOverride: 5 }),
  avg_pool2d_overlapping: (x) => torch.avgPool2d(x, { kernelSize: [3], stride: [1] }),
  avg_pool2d_unbatched: (x) => torch.avgPool2d(x, { kernelSize: [2, 3] }),
  adaptive_avg_pool2d: (x) => torch.adaptiveAvgPool2d(x, [3, 2]),
  adaptive_avg_pool2d_larger: (x) => torch.adaptiveAvgPool2d(x, [4, 4]),
  adaptive_avg_pool2d_none: (x) => torch.adaptiveAvgPool2d(x, [null, 2]),
  adaptive_avg_pool2d_1x1: (x) => torch.adaptiveAvgPool2d(x, [1, 1]),
  adaptive_avg_pool2d_unbatched: (x) => torch.adaptiveAvgPool2d(x, [2, 2]),
};

/** The running statistics the batch_norm cases draw after torch.manual_seed(7): randn(C), rand(C) + 0.5. */
function runningStats(channels: number, dtype: 'float32' | 'float64'): [Tensor, Tensor] {
  const generator = new random.Generator(7n);
  const mean = new Float32Array(channels);
  const variance = new Float32Array(channels);
  random.normalFloat32(generator, mean, 0, 1);
  random.uniformFloat32(generator, variance, 0, 1);
  for (let c = 0; c < channels; c++) variance[c] = Math.fround(variance[c]! + 0.5);
  return [torch.toDtype(torch.Tensor.fromStorage(mean, [channels], 'float32'), dtype), torch.toDtype(torch.Tensor.fromStorage(variance, [channels], 'float32'), dtype)];
}

function batchNormTraining(momentum = 0.1) {
  return (x: Tensor, w?: Tensor, b?: Tensor): Tensor[] => {
    const [mean, variance] = runningStats(x.shape[1]!, x.dtype as 'float32');
    const y = torch.batchNorm(x, mean, variance, w ?? null, b ?? null, { training: true, momentum, eps: 1e-5 });
    return [y, mean, variance];
  };
}

function batchNormEval(x: Tensor, w: Tensor, b: Tensor): Tensor {
  const [mean, variance] = runningStats(x.shape[1]!, 'float32');
  return torch.batchNorm(x, mean, variance, w, b, { training: false, momentum: 0.1, eps: 1e-5 });
}

const NORMALIZATION: Record<string, Op> = {
  layer_norm: (x, w, b) => torch.layerNorm(x, [13], w, b, 1e-5),
  layer_norm_no_affine: (x) => torch.layerNorm(x, [37], null, null, 1e-5),
  layer_norm_2d_shape: (x, w, b) => torch.layerNorm(x, [3, 5], w, b, 1e-3),
  layer_norm_long_rows: (x, w, b) => torch.layerNorm(x, [300], w, b, 1e-5),
  layer_norm_weight_only: (x, w) => torch.layerNorm(x, [6], w, null, 1e-5),
  layer_norm_short_rows: (x, w, b) => torch.layerNorm(x, [5], w, b, 1e-5),
  layer_norm_float64: (x, w, b) => torch.layerNorm(f64(x), [11], f64(w), f64(b), 1e-5),
  batch_norm_train_2d: batchNormTraining(),
  batch_norm_train_3d: batchNormTraining(),
  batch_norm_train_4d: batchNormTraining(),
  batch_norm_train_no_affine: batchNormTraining(0.3),
  batch_norm_train_cumulative: batchNormTraining(1 / 3),
  batch_norm_no_running_stats: (x, w, b) => torch.batchNorm(x, null, null, w, b, { training: true, momentum: 0.1, eps: 1e-5 }),
  batch_norm_eval_2d: batchNormEval,
  batch_norm_eval_4d: batchNormEval,
  batch_norm_float64: (x, w, b) => batchNormTraining()(f64(x), f64(w), f64(b))[0]!,
  group_norm: (x, w, b) => torch.groupNorm(x, 3, w, b, 1e-5),
  group_norm_no_affine: (x) => torch.groupNorm(x, 2, null, null, 1e-5),
  group_norm_weight_only: (x, w) => torch.groupNorm(x, 2, w, null, 1e-3),
  group_norm_large_groups: (x, w, b) => torch.groupNorm(x, 2, w, b, 1e-5),
  group_norm_many_channels: (x, w, b) => torch.groupNorm(x, 2, w, b, 1e-5),
  group_norm_2d: (x, w, b) => torch.groupNorm(x, 3, w, b, 1e-5),
  group_norm_float64: (x, w, b) => torch.groupNorm(f64(x), 2, f64(w), f64(b), 1e-5),
};

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, Op> = { ...CONVOLUTION, ...POOLING, ...NORMALIZATION };

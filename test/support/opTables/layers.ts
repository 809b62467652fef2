// The layers op family (tools/opcases/layers.py): convolutions, pooling and normalisation.
import * as torch from '../../../engine/tensor/index';
import type { Tensor } from '../../../engine/tensor/index';
import type { Allowance } from '../opCases';

const f64 = (t: Tensor) => torch.toDtype(t, 'float64');

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, (...inputs: Tensor[]) => Tensor | Tensor[]> = {
  conv2d_batch1: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_batch2: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_no_bias: (x, w) => torch.conv2d(x!, w!),
  conv2d_no_bias_batch1: (x, w) => torch.conv2d(x!, w!),
  conv2d_stride_padding: (x, w, b) => torch.conv2d(x!, w!, b, { stride: [2], padding: [1] }),
  conv2d_stride_padding_batch1: (x, w, b) => torch.conv2d(x!, w!, b, { stride: [2], padding: [1] }),
  conv2d_dilation: (x, w, b) => torch.conv2d(x!, w!, b, { padding: [2], dilation: [2] }),
  conv2d_dilation_batch1: (x, w, b) => torch.conv2d(x!, w!, b, { padding: [2], dilation: [2] }),
  conv2d_groups: (x, w, b) => torch.conv2d(x!, w!, b, { groups: 2 }),
  conv2d_groups_batch1: (x, w, b) => torch.conv2d(x!, w!, b, { groups: 2 }),
  conv2d_depthwise: (x, w, b) => torch.conv2d(x!, w!, b, { padding: [1], groups: 3 }),
  conv2d_many_channels: (x, w, b) => torch.conv2d(x!, w!, b),
  conv2d_many_channels_batch1: (x, w, b) => torch.conv2d(x!, w!, b),
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
};

/**
 * Grouped convolutions that are not depthwise run in PyTorch through oneDNN's im2col + JIT sgemm, whose
 * blocking of the sums the engine does not reproduce: they may differ by rounding, bounded relative to the
 * tensor's largest magnitude.
 */
const GROUPED = { relative: 1e-6 };
export const ALLOWANCES: Record<string, Allowance> = { conv2d_groups: GROUPED, conv2d_groups_batch1: GROUPED, conv1d_groups_dilation: GROUPED };

Object.assign(OPS, {
  max_pool2d: (x: Tensor) => torch.maxPool2d(x, { kernelSize: [2] }),
  max_pool2d_stride_padding: (x: Tensor) => torch.maxPool2d(x, { kernelSize: [3], stride: [2], padding: [1] }),
  max_pool2d_overlapping: (x: Tensor) => torch.maxPool2d(x, { kernelSize: [3], stride: [1] }),
  max_pool2d_dilation: (x: Tensor) => torch.maxPool2d(x, { kernelSize: [2], dilation: [2] }),
  max_pool2d_ceil_mode: (x: Tensor) => torch.maxPool2d(x, { kernelSize: [2], ceilMode: true }),
  max_pool2d_ceil_padding: (x: Tensor) => torch.maxPool2d(x, { kernelSize: [3], stride: [2], padding: [1], ceilMode: true }),
  max_pool2d_rectangular: (x: Tensor) => torch.maxPool2d(x, { kernelSize: [2, 3], stride: [1, 2] }),
  max_pool2d_indices: (x: Tensor) => torch.maxPool2dWithIndices(x, { kernelSize: [2] }),
  max_pool2d_ties: (x: Tensor) => torch.maxPool2dWithIndices(x, { kernelSize: [2], stride: [1] }),
  max_pool2d_unbatched: (x: Tensor) => torch.maxPool2d(x, { kernelSize: [2] }),
  max_pool2d_float64: (x: Tensor) => torch.maxPool2d(f64(x), { kernelSize: [2] }),
  avg_pool2d: (x: Tensor) => torch.avgPool2d(x, { kernelSize: [2] }),
  avg_pool2d_padding: (x: Tensor) => torch.avgPool2d(x, { kernelSize: [3], stride: [2], padding: [1] }),
  avg_pool2d_exclude_pad: (x: Tensor) => torch.avgPool2d(x, { kernelSize: [3], stride: [2], padding: [1], countIncludePad: false }),
  avg_pool2d_ceil_mode: (x: Tensor) => torch.avgPool2d(x, { kernelSize: [2], ceilMode: true }),
  avg_pool2d_ceil_exclude_pad: (x: Tensor) => torch.avgPool2d(x, { kernelSize: [3], stride: [2], padding: [1], ceilMode: true, countIncludePad: false }),
  avg_pool2d_divisor: (x: Tensor) => torch.avgPool2d(x, { kernelSize: [3], stride: [1], divisorOverride: 5 }),
  avg_pool2d_overlapping: (x: Tensor) => torch.avgPool2d(x, { kernelSize: [3], stride: [1] }),
  avg_pool2d_unbatched: (x: Tensor) => torch.avgPool2d(x, { kernelSize: [2, 3] }),
  adaptive_avg_pool2d: (x: Tensor) => torch.adaptiveAvgPool2d(x, [3, 2]),
  adaptive_avg_pool2d_larger: (x: Tensor) => torch.adaptiveAvgPool2d(x, [4, 4]),
  adaptive_avg_pool2d_none: (x: Tensor) => torch.adaptiveAvgPool2d(x, [null, 2]),
  adaptive_avg_pool2d_1x1: (x: Tensor) => torch.adaptiveAvgPool2d(x, [1, 1]),
  adaptive_avg_pool2d_unbatched: (x: Tensor) => torch.adaptiveAvgPool2d(x, [2, 2]),
});

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

"""Op cases for convolutions, pooling and normalisation (see tools/gen_op_fixtures.py:
/usr/bin/python3 tools/gen_op_fixtures.py layers). Shapes are chosen so that float32 convolutions take both of
PyTorch's CPU backends (oneDNN for batches over 1, grouped or large kernels; im2col + BLAS otherwise)."""
import torch
import torch.nn.functional as F

CASES = [
    # conv2d
    ("conv2d_batch1", F.conv2d, [((1, 3, 6, 6), "randn"), ((4, 3, 3, 3), "randn"), ((4,), "randn")]),
    ("conv2d_batch2", F.conv2d, [((2, 3, 6, 6), "randn"), ((4, 3, 3, 3), "randn"), ((4,), "randn")]),
    ("conv2d_no_bias", F.conv2d, [((2, 2, 5, 5), "randn"), ((3, 2, 3, 3), "randn")]),
    ("conv2d_no_bias_batch1", F.conv2d, [((1, 2, 5, 5), "randn"), ((3, 2, 3, 3), "randn")]),
    ("conv2d_stride_padding", lambda x, w, b: F.conv2d(x, w, b, stride=2, padding=1), [((2, 3, 7, 7), "randn"), ((2, 3, 3, 3), "randn"), ((2,), "randn")]),
    ("conv2d_stride_padding_batch1", lambda x, w, b: F.conv2d(x, w, b, stride=2, padding=1), [((1, 3, 7, 7), "randn"), ((2, 3, 3, 3), "randn"), ((2,), "randn")]),
    ("conv2d_dilation", lambda x, w, b: F.conv2d(x, w, b, padding=2, dilation=2), [((2, 2, 7, 7), "randn"), ((3, 2, 3, 3), "randn"), ((3,), "randn")]),
    ("conv2d_dilation_batch1", lambda x, w, b: F.conv2d(x, w, b, padding=2, dilation=2), [((1, 2, 7, 7), "randn"), ((3, 2, 3, 3), "randn"), ((3,), "randn")]),
    ("conv2d_groups", lambda x, w: F.conv2d(x, w, groups=2), [((2, 4, 5, 5), "randn"), ((6, 2, 3, 3), "randn")]),
    ("conv2d_groups_blocked", lambda x, w, b: F.conv2d(x, w, b, padding=1, groups=2), [((2, 16, 4, 4), "randn"), ((8, 8, 3, 3), "randn"), ((8,), "randn")]),
    ("conv2d_groups_block8", lambda x, w, b: F.conv2d(x, w, b, stride=2, groups=2), [((2, 16, 7, 7), "randn"), ((16, 8, 3, 3), "randn"), ((16,), "randn")]),
    ("conv2d_groups_block8_dilated", lambda x, w: F.conv2d(x, w, padding=1, dilation=2, groups=3), [((2, 24, 7, 7), "randn"), ((24, 8, 3, 3), "randn")]),
    ("conv2d_groups_flat", lambda x, w, b: F.conv2d(x, w, b, groups=2), [((2, 4, 4, 4), "randn"), ((16, 2, 2, 2), "randn"), ((16,), "randn")]),
    ("conv2d_groups_batch1", lambda x, w, b: F.conv2d(x, w, b, groups=2), [((1, 4, 5, 5), "randn"), ((6, 2, 3, 3), "randn"), ((6,), "randn")]),
    ("conv2d_depthwise", lambda x, w, b: F.conv2d(x, w, b, padding=1, groups=3), [((2, 3, 5, 5), "randn"), ((3, 1, 3, 3), "randn"), ((3,), "randn")]),
    ("conv2d_many_channels", F.conv2d, [((2, 20, 3, 3), "randn"), ((18, 20, 2, 2), "randn"), ((18,), "randn")]),
    ("conv2d_many_channels_batch1", F.conv2d, [((1, 20, 3, 3), "randn"), ((18, 20, 2, 2), "randn"), ((18,), "randn")]),
    ("conv2d_pointwise_batch16", F.conv2d, [((16, 4, 2, 2), "randn"), ((3, 4, 1, 1), "randn"), ((3,), "randn")]),
    ("conv2d_pointwise_many_channels", F.conv2d, [((16, 20, 2, 1), "randn"), ((18, 20, 1, 1), "randn"), ((18,), "randn")]),
    ("conv2d_pointwise_strided", lambda x, w, b: F.conv2d(x, w, b, stride=2), [((2, 4, 5, 5), "randn"), ((3, 4, 1, 1), "randn"), ((3,), "randn")]),
    ("conv2d_wide", F.conv2d, [((2, 3, 4, 40), "randn"), ((2, 3, 3, 3), "randn"), ((2,), "randn")]),
    ("conv2d_pointwise", F.conv2d, [((2, 4, 3, 3), "randn"), ((3, 4, 1, 1), "randn"), ((3,), "randn")]),
    ("conv2d_kernel5_batch1", F.conv2d, [((1, 2, 6, 6), "randn"), ((3, 2, 4, 4), "randn"), ((3,), "randn")]),
    ("conv2d_rectangular", lambda x, w, b: F.conv2d(x, w, b, stride=(2, 1), padding=(1, 0)), [((2, 2, 6, 7), "randn"), ((3, 2, 2, 3), "randn"), ((3,), "randn")]),
    ("conv2d_same", lambda x, w, b: F.conv2d(x, w, b, padding="same"), [((2, 2, 5, 5), "randn"), ((3, 2, 3, 3), "randn"), ((3,), "randn")]),
    ("conv2d_same_even", lambda x, w, b: F.conv2d(x, w, b, padding="same"), [((2, 2, 5, 5), "randn"), ((3, 2, 2, 4), "randn"), ((3,), "randn")]),
    ("conv2d_same_dilated", lambda x, w: F.conv2d(x, w, padding="same", dilation=2), [((1, 2, 6, 6), "randn"), ((2, 2, 2, 3), "randn")]),
    ("conv2d_valid", lambda x, w, b: F.conv2d(x, w, b, padding="valid"), [((2, 2, 5, 5), "randn"), ((3, 2, 3, 3), "randn"), ((3,), "randn")]),
    ("conv2d_unbatched", F.conv2d, [((3, 5, 5), "randn"), ((2, 3, 3, 3), "randn"), ((2,), "randn")]),
    ("conv2d_float64", lambda x, w, b: F.conv2d(x.double(), w.double(), b.double()), [((2, 2, 5, 5), "randn"), ((3, 2, 3, 3), "randn"), ((3,), "randn")]),
    # conv1d
    ("conv1d_batch1", F.conv1d, [((1, 3, 10), "randn"), ((4, 3, 3), "randn"), ((4,), "randn")]),
    ("conv1d_batch2", lambda x, w, b: F.conv1d(x, w, b, stride=2, padding=1), [((2, 3, 10), "randn"), ((4, 3, 3), "randn"), ((4,), "randn")]),
    ("conv1d_groups_dilation", lambda x, w: F.conv1d(x, w, groups=2, dilation=2), [((2, 4, 9), "randn"), ((4, 2, 3), "randn")]),
    ("conv1d_same_even", lambda x, w, b: F.conv1d(x, w, b, padding="same"), [((2, 2, 7), "randn"), ((3, 2, 4), "randn"), ((3,), "randn")]),
    ("conv1d_unbatched", F.conv1d, [((3, 8), "randn"), ((2, 3, 3), "randn"), ((2,), "randn")]),
]

CASES += [
    # max_pool2d
    ("max_pool2d", lambda x: F.max_pool2d(x, 2), [((2, 3, 6, 6), "randn")]),
    ("max_pool2d_stride_padding", lambda x: F.max_pool2d(x, 3, stride=2, padding=1), [((1, 2, 7, 7), "randn")]),
    ("max_pool2d_overlapping", lambda x: F.max_pool2d(x, 3, stride=1), [((2, 2, 5, 5), "randn")]),
    ("max_pool2d_dilation", lambda x: F.max_pool2d(x, 2, dilation=2), [((1, 2, 7, 7), "randn")]),
    ("max_pool2d_ceil_mode", lambda x: F.max_pool2d(x, 2, ceil_mode=True), [((1, 2, 5, 7), "randn")]),
    ("max_pool2d_ceil_padding", lambda x: F.max_pool2d(x, 3, stride=2, padding=1, ceil_mode=True), [((1, 1, 6, 6), "randn")]),
    ("max_pool2d_rectangular", lambda x: F.max_pool2d(x, (2, 3), stride=(1, 2)), [((2, 2, 5, 7), "randn")]),
    ("max_pool2d_indices", lambda x: F.max_pool2d(x, 2, return_indices=True), [((1, 2, 4, 6), "randn")]),
    ("max_pool2d_ties", lambda x: F.max_pool2d(x, 2, stride=1, return_indices=True), [((1, 1, 4, 4), "ties")]),
    ("max_pool2d_unbatched", lambda x: F.max_pool2d(x, 2), [((2, 4, 4), "randn")]),
    ("max_pool2d_float64", lambda x: F.max_pool2d(x.double(), 2), [((1, 2, 4, 4), "randn")]),
    # avg_pool2d
    ("avg_pool2d", lambda x: F.avg_pool2d(x, 2), [((2, 3, 6, 6), "randn")]),
    ("avg_pool2d_padding", lambda x: F.avg_pool2d(x, 3, stride=2, padding=1), [((1, 2, 7, 7), "randn")]),
    ("avg_pool2d_exclude_pad", lambda x: F.avg_pool2d(x, 3, stride=2, padding=1, count_include_pad=False), [((1, 2, 7, 7), "randn")]),
    ("avg_pool2d_ceil_mode", lambda x: F.avg_pool2d(x, 2, ceil_mode=True), [((1, 2, 5, 7), "randn")]),
    ("avg_pool2d_ceil_exclude_pad", lambda x: F.avg_pool2d(x, 3, stride=2, padding=1, ceil_mode=True, count_include_pad=False), [((1, 1, 6, 6), "randn")]),
    ("avg_pool2d_divisor", lambda x: F.avg_pool2d(x, 3, stride=1, divisor_override=5), [((1, 2, 5, 5), "randn")]),
    ("avg_pool2d_overlapping", lambda x: F.avg_pool2d(x, 3, stride=1), [((2, 2, 5, 5), "randn")]),
    ("avg_pool2d_unbatched", lambda x: F.avg_pool2d(x, (2, 3)), [((2, 4, 6), "randn")]),
    # adaptive_avg_pool2d
    ("adaptive_avg_pool2d", lambda x: F.adaptive_avg_pool2d(x, (3, 2)), [((2, 2, 7, 5), "randn")]),
    ("adaptive_avg_pool2d_larger", lambda x: F.adaptive_avg_pool2d(x, 4), [((1, 2, 3, 3), "randn")]),
    ("adaptive_avg_pool2d_none", lambda x: F.adaptive_avg_pool2d(x, (None, 2)), [((1, 2, 3, 6), "randn")]),
    ("adaptive_avg_pool2d_1x1", lambda x: F.adaptive_avg_pool2d(x, 1), [((2, 3, 4, 5), "randn")]),
    ("adaptive_avg_pool2d_unbatched", lambda x: F.adaptive_avg_pool2d(x, 2), [((3, 5, 5), "randn")]),
]

def _batch_norm_training(shape, momentum=0.1, affine=True):
    """batch_norm in training mode with running statistics; the updated running mean and var are outputs too."""
    def run(x, *params):
        torch.manual_seed(7)
        running_mean, running_var = torch.randn(shape[1]).to(x.dtype), (torch.rand(shape[1]) + 0.5).to(x.dtype)
        y = F.batch_norm(x, running_mean, running_var, *params, training=True, momentum=momentum)
        return y, running_mean, running_var
    return run


def _batch_norm_eval(x, w, b):
    torch.manual_seed(7)
    running_mean, running_var = torch.randn(x.shape[1]), torch.rand(x.shape[1]) + 0.5
    return F.batch_norm(x, running_mean, running_var, w, b, training=False)


CASES += [
    # layer_norm
    ("layer_norm", lambda x, w, b: F.layer_norm(x, (13,), w, b), [((3, 13), "randn"), ((13,), "randn"), ((13,), "randn")]),
    ("layer_norm_no_affine", lambda x: F.layer_norm(x, (37,)), [((2, 37), "randn")]),
    ("layer_norm_2d_shape", lambda x, w, b: F.layer_norm(x, (3, 5), w, b, eps=1e-3), [((2, 3, 5), "randn"), ((3, 5), "randn"), ((3, 5), "randn")]),
    ("layer_norm_long_rows", lambda x, w, b: F.layer_norm(x, (300,), w, b), [((2, 300), "randn"), ((300,), "randn"), ((300,), "randn")]),
    ("layer_norm_weight_only", lambda x, w: F.layer_norm(x, (6,), w), [((4, 6), "randn"), ((6,), "randn")]),
    ("layer_norm_short_rows", lambda x, w, b: F.layer_norm(x, (5,), w, b), [((3, 5), "randn"), ((5,), "randn"), ((5,), "randn")]),
    ("layer_norm_float64", lambda x, w, b: F.layer_norm(x.double(), (11,), w.double(), b.double()), [((3, 11), "randn"), ((11,), "randn"), ((11,), "randn")]),
    # batch_norm
    ("batch_norm_train_2d", _batch_norm_training((6, 3)), [((6, 3), "randn"), ((3,), "randn"), ((3,), "randn")]),
    ("batch_norm_train_3d", _batch_norm_training((3, 2, 5)), [((3, 2, 5), "randn"), ((2,), "randn"), ((2,), "randn")]),
    ("batch_norm_train_4d", _batch_norm_training((2, 3, 4, 5)), [((2, 3, 4, 5), "randn"), ((3,), "randn"), ((3,), "randn")]),
    ("batch_norm_train_no_affine", _batch_norm_training((4, 2, 3, 3), momentum=0.3), [((4, 2, 3, 3), "randn")]),
    ("batch_norm_train_cumulative", _batch_norm_training((5, 2), momentum=1 / 3), [((5, 2), "randn"), ((2,), "randn"), ((2,), "randn")]),
    ("batch_norm_no_running_stats", lambda x, w, b: F.batch_norm(x, None, None, w, b, training=True), [((3, 2, 6), "randn"), ((2,), "randn"), ((2,), "randn")]),
    ("batch_norm_eval_2d", _batch_norm_eval, [((4, 3), "randn"), ((3,), "randn"), ((3,), "randn")]),
    ("batch_norm_eval_4d", _batch_norm_eval, [((2, 3, 3, 3), "randn"), ((3,), "randn"), ((3,), "randn")]),
    ("batch_norm_float64", lambda x, w, b: _batch_norm_training((3, 2, 4))(x.double(), w.double(), b.double())[0], [((3, 2, 4), "randn"), ((2,), "randn"), ((2,), "randn")]),
]

CASES += [
    # conv_transpose2d / conv_transpose1d (slow_conv_transpose2d: gemm over the reference BLAS, then col2im)
    ("conv_transpose2d", F.conv_transpose2d, [((2, 3, 4, 4), "randn"), ((3, 4, 3, 3), "randn"), ((4,), "randn")]),
    ("conv_transpose2d_batch1", F.conv_transpose2d, [((1, 20, 3, 3), "randn"), ((20, 5, 2, 2), "randn"), ((5,), "randn")]),
    ("conv_transpose2d_stride_padding", lambda x, w, b: F.conv_transpose2d(x, w, b, stride=2, padding=1, output_padding=1), [((2, 3, 4, 5), "randn"), ((3, 2, 3, 3), "randn"), ((2,), "randn")]),
    ("conv_transpose2d_groups_dilation", lambda x, w, b: F.conv_transpose2d(x, w, b, stride=(2, 1), padding=(0, 1), groups=2, dilation=2), [((2, 4, 3, 4), "randn"), ((4, 3, 2, 3), "randn"), ((6,), "randn")]),
    ("conv_transpose2d_output_padding_dilation", lambda x, w: F.conv_transpose2d(x, w, output_padding=1, dilation=2), [((1, 2, 3, 3), "randn"), ((2, 3, 2, 2), "randn")]),
    ("conv_transpose2d_pointwise", F.conv_transpose2d, [((2, 5, 3, 3), "randn"), ((5, 3, 1, 1), "randn"), ((3,), "randn")]),
    ("conv_transpose2d_unbatched", lambda x, w, b: F.conv_transpose2d(x, w, b, stride=2), [((3, 3, 3), "randn"), ((3, 2, 3, 3), "randn"), ((2,), "randn")]),
    ("conv_transpose2d_float64", lambda x, w, b: F.conv_transpose2d(x.double(), w.double(), b.double(), stride=2, padding=1), [((2, 3, 4, 4), "randn"), ((3, 2, 3, 3), "randn"), ((2,), "randn")]),
    ("conv_transpose1d", lambda x, w, b: F.conv_transpose1d(x, w, b, stride=3, padding=2, output_padding=2), [((2, 4, 6), "randn"), ((4, 3, 4), "randn"), ((3,), "randn")]),
    ("conv_transpose1d_groups", lambda x, w: F.conv_transpose1d(x, w, groups=3, dilation=3), [((2, 6, 5), "randn"), ((6, 2, 3), "randn")]),
    ("conv_transpose1d_unbatched", F.conv_transpose1d, [((3, 7), "randn"), ((3, 2, 3), "randn"), ((2,), "randn")]),
]

CASES += [
    # group_norm (GroupNormKernelImpl: RowwiseMoments per sample and group; the backward's vector loops)
    ("group_norm", lambda x, w, b: F.group_norm(x, 3, w, b), [((2, 6, 5, 7), "randn"), ((6,), "randn"), ((6,), "randn")]),
    ("group_norm_no_affine", lambda x: F.group_norm(x, 2), [((3, 4, 9), "randn")]),
    ("group_norm_weight_only", lambda x, w: F.group_norm(x, 2, w, eps=1e-3), [((2, 4, 3, 3), "randn"), ((4,), "randn")]),
    ("group_norm_large_groups", lambda x, w, b: F.group_norm(x, 2, w, b), [((2, 4, 16, 17), "randn"), ((4,), "randn"), ((4,), "randn")]),
    ("group_norm_many_channels", lambda x, w, b: F.group_norm(x, 2, w, b), [((2, 20, 3), "randn"), ((20,), "randn"), ((20,), "randn")]),
    ("group_norm_2d", lambda x, w, b: F.group_norm(x, 3, w, b), [((4, 6), "randn"), ((6,), "randn"), ((6,), "randn")]),
    ("group_norm_float64", lambda x, w, b: F.group_norm(x.double(), 2, w.double(), b.double()), [((2, 4, 11), "randn"), ((4,), "randn"), ((4,), "randn")]),
]

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
    ("conv2d_groups", lambda x, w, b: F.conv2d(x, w, b, groups=2), [((2, 4, 5, 5), "randn"), ((6, 2, 3, 3), "randn"), ((6,), "randn")]),
    ("conv2d_groups_batch1", lambda x, w, b: F.conv2d(x, w, b, groups=2), [((1, 4, 5, 5), "randn"), ((6, 2, 3, 3), "randn"), ((6,), "randn")]),
    ("conv2d_depthwise", lambda x, w, b: F.conv2d(x, w, b, padding=1, groups=3), [((2, 3, 5, 5), "randn"), ((3, 1, 3, 3), "randn"), ((3,), "randn")]),
    ("conv2d_many_channels", F.conv2d, [((2, 20, 3, 3), "randn"), ((18, 20, 2, 2), "randn"), ((18,), "randn")]),
    ("conv2d_many_channels_batch1", F.conv2d, [((1, 20, 3, 3), "randn"), ((18, 20, 2, 2), "randn"), ((18,), "randn")]),
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

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

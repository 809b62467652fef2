// The tensor engine's public TypeScript API. The agnb Python `torch` module binds to these functions.
export { Tensor } from './tensor';
export { setStorageLimit, promote, resultType, defaultFloatDtype, setDefaultFloatDtype, type DType } from './dtype';
export { TorchError, setWarningSink, type TorchWarning } from './errors';
export { isGradEnabled, setGradEnabled, withGradMode, isInferenceMode, setInferenceMode } from './autograd/gradMode';
export { backward, grad, readGrad, retainGrad, registerHook } from './autograd/api';
export { applyCustomFunction, FunctionContext } from './autograd/customFunction';
export { qualifiedName } from './autograd/node';
export { gradcheck, GradcheckError } from './autograd/gradcheck';
export { WrappedNumber, wrapNumber, operandOf } from './ops/elementwise';
export { add, sub, rsub, mul, div, neg, powScalar, pow, powScalarBase, reciprocal, mulScalar, addScalar, divScalar } from './ops/arithmetic';
export { divRounding, floorDivide, remainder, fmod, type RoundingMode } from './ops/division';
export { exp, log, sqrt, tanh, sigmoid, relu, abs, sign, sgn, floor, ceil, trunc, round, frac, log1p, expm1, log2, log10, rsqrt, sin, cos, tan, square } from './ops/unaryMath';
export {
  eq, ne, lt, le, gt, ge, logicalAnd, logicalOr, logicalXor, logicalNot, bitwiseAnd, bitwiseOr, bitwiseXor, bitwiseNot,
  isnan, isinf, isfinite, signbit, isin, where, maximum, minimum, equal, isclose, allclose, type CloseOptions,
} from './ops/comparison';
export { addInPlace, subInPlace, mulInPlace, divInPlace, clampInPlace, zeroInPlace, fillInPlace, copyInPlace, applyInPlace, checkCastable, addScaled } from './ops/inplace';
export { pad } from './ops/padding';
export { applyInPlaceSavingResult, leakyReluInPlace, eluInPlace, setData, variableData } from './ops/inplace';
export { clamp, clampMin, clampMax } from './ops/clamp';
export { sum, mean } from './ops/reduce';
export { max, min, maxDim, minDim, amax, amin, aminmax, argmax, argmin, type ValuesAndIndices, type MinAndMax } from './ops/extrema';
export { prod, variance, std, varianceMean, norm, cumsum, all, any, sumAsDtype, meanAsDtype, nansum, nanmean } from './ops/statistics';
export { softmax, logSoftmax, logsumexp } from './ops/softmax';
export { sort, argsort, msort, topk, kthvalue, median, medianDim, nanmedian, nanmedianDim, mode, unique, uniqueDim, uniqueConsecutive, type UniqueResult } from './ops/sorting';
export { tril, triu, diagonal, diag, diagEmbed, diagflat, trace, trilIndices, triuIndices, fillDiagonalInPlace } from './ops/triangular';
export {
  atleast1d, atleast2d, atleast3d, hstack, vstack, dstack, columnStack, tile, repeatInterleave, repeatInterleaveIndices, broadcastTo, broadcastTensors, meshgrid,
  movedim, ravel, tensorSplit, directionalSplit, fliplr, flipud, rot90, unfold,
} from './ops/rearrange';
export { cummax, cummin, cumprod, logcumsumexp } from './ops/cumulative';
export { deg2rad, rad2deg } from './ops/angles';
export { mm, mv, dot, outer, matmul, addmm, addmv, addr, baddbmm, addbmm, bmm, vdot, tensordot, inner, kron, cross } from './ops/linalg';
export { einsum } from './ops/einsum';
export { cdist, dist } from './ops/distance';
export { cat, stack, split, chunk, blockDiag } from './ops/join';
export { cartesianProd, combinations } from './ops/combinations';
export { diff, trapezoid, cumulativeTrapezoid } from './ops/differences';
export { quantile } from './ops/quantile';
export { cov, corrcoef } from './ops/correlation';
export { flip, roll, repeat, narrow, flatten, unflatten } from './ops/reorder';
export { gather, scatter, scatterAdd, scatterReduce, indexSelect, indexAdd, indexCopy, indexFill, take, put, takeAlongDim } from './ops/gather';
export { bincount, histc, searchsorted, bucketize, type SearchOptions } from './ops/binning';
export { index, indexPut, indexPutTensors, maskedFill, maskedSelect, maskedScatter, countNonzero, nonzero, nonzeroTuple, ELLIPSIS, type IndexItem, type SliceItem } from './ops/indexing';
export { view, reshape, permute, transpose, transposeInPlace, tInPlace, squeezeInPlace, unsqueezeInPlace, t, unsqueeze, squeeze, expand, select, slice, unbind } from './ops/views';
export { clone, contiguous, detach, toDtype, copyInto } from './ops/copy';
export { full, zeros, ones, arange, linspace, logspace, eye, fromNested, inferDtype } from './ops/creation';
export {
  binaryCrossEntropy, binaryCrossEntropyWithLogits, crossEntropy, huberLoss, klDiv, l1Loss, mseLoss, nllLoss, smoothL1Loss,
  type ClassLossOptions, type CrossEntropyOptions, type Reduction,
} from './ops/loss';
export { elu, selu, celu, gelu, glu, leakyRelu, logSigmoid, mish, silu, softplus, celuParameters, SELU, ELU_DEFAULTS, type EluParameters, type GeluApproximation } from './ops/activation';
export { hardtanh, threshold, hardsigmoid, hardswish, hardshrink, softshrink, prelu, rrelu, type RreluOptions } from './ops/piecewiseActivation';
export { conv1d, conv2d, convolution, convolutionTranspose, convTranspose1d, convTranspose2d, type ConvArguments, type ConvOptions, type ConvPadding, type ConvTransposeArguments } from './ops/conv';
export { maxPool2d, maxPool2dWithIndices, avgPool2d, adaptiveAvgPool2d, type PoolOptions, type AvgPoolOptions } from './ops/pooling';
export { layerNorm, batchNorm, groupNorm, type BatchNormOptions } from './ops/normalization';
export { asin, acos, atan, atan2, sinh, cosh, asinh, acosh, atanh, erf, erfc, exp2, logit } from './ops/transcendental';
export { lerp, addcmul, addcdiv, hypot, logaddexp, xlogy, fmax, fmin, copysign, nanToNum, heaviside } from './ops/pointwise';

// The tensor engine's public TypeScript API. The agnb Python `torch` module binds to these functions.
export { Tensor } from './tensor';
export type { DType } from './dtype';
export { TorchError, setWarningSink, type TorchWarning } from './errors';
export { isGradEnabled, setGradEnabled, withGradMode } from './autograd/gradMode';
export { backward, grad, readGrad, retainGrad, registerHook } from './autograd/api';
export { applyCustomFunction, FunctionContext } from './autograd/customFunction';
export { gradcheck, GradcheckError } from './autograd/gradcheck';
export { WrappedNumber, wrapNumber } from './ops/elementwise';
export { add, sub, rsub, mul, div, neg, powScalar, reciprocal } from './ops/arithmetic';
export { exp, log, sqrt, tanh, sigmoid, relu } from './ops/unaryMath';
export { clamp, clampMin, clampMax } from './ops/clamp';
export { sum, mean } from './ops/reduce';
export { mm, mv, dot, matmul, addmm } from './ops/linalg';
export { view, reshape, permute, transpose, t, unsqueeze, squeeze, expand, select, slice, unbind } from './ops/views';
export { clone, contiguous, detach, toDtype, copyInto } from './ops/copy';
export { full, zeros, ones, arange, linspace, eye, fromNested, inferDtype } from './ops/creation';
export { binaryCrossEntropyWithLogits, mseLoss } from './ops/loss';

// out=: `torch.op(..., out=t)` computes the op and writes the result into t, returning t. PyTorch refuses it
// when autograd would have to record the write and checks the result's dtype against t's, by rules that differ
// between op families: the ones below are reproduced, other dtype mismatches are refused with a clear error. PyTorch
// resizes a t of another shape; agnb tensors cannot change shape in place, so that is refused too.
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { cppTypeName } from '../tensor/dtype';
import type { PyValue } from '../python/objects/core';
import { RuntimeError, notImplemented, pyError, typeError } from '../python/objects/exceptions';
import { typeName } from '../python/objects/core';
import { PyTensor } from './tensorObject';

/** The ops whose out tensor must have exactly the result's dtype. */
const EXACT_DTYPE_OPS = new Set(['mm', 'matmul', 'mv', 'dot', 'bmm', 'addmm', 'argmax', 'argmin', 'softmax', 'log_softmax']);

/** Ops computed by PyTorch's TensorIterator, which casts the result to the out dtype when casting rules allow. */
const CASTING_OPS = new Set(
  'add sub mul div true_divide pow remainder fmod maximum minimum exp log log2 log10 log1p expm1 sqrt rsqrt sin cos tan tanh sigmoid asin arcsin acos arccos atan arctan atan2 arctan2 sinh cosh asinh arcsinh acosh arccosh atanh arctanh erf erfc exp2 fix logit lerp addcmul addcdiv hypot logaddexp xlogy fmax fmin copysign nan_to_num cumprod logcumsumexp abs neg floor ceil trunc round frac sign reciprocal square eq ne lt le gt ge logical_and logical_or logical_not logical_xor'.split(' '),
);

export function writeOut(fn: string, result: Tensor | PyValue | Tensor[], out: PyValue): PyTensor {
  if (!(out instanceof PyTensor)) throw typeError(`${fn}(): argument 'out' must be Tensor, not ${typeName(out)}`);
  if (!(result instanceof engine.Tensor)) throw notImplemented(`${fn}(): out= is supported for ops returning one tensor; use the returned values instead`);
  const target = out.tensor;
  if (result.requiresGrad || (engine.isGradEnabled() && target.requiresGrad)) {
    throw pyError(RuntimeError, `${fn}(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.`);
  }
  if (result.dtype !== target.dtype) {
    if (EXACT_DTYPE_OPS.has(fn)) throw pyError(RuntimeError, `Expected out tensor to have dtype ${cppTypeName(result.dtype)}, but got ${cppTypeName(target.dtype)} instead`);
    if (!CASTING_OPS.has(fn)) throw notImplemented(`${fn}(): out= of another dtype than the result's (${result.dtype}) is not supported in agnb`);
    engine.checkCastable(result.dtype, target.dtype);
  }
  if (result.shape.length !== target.shape.length || result.shape.some((size, d) => size !== target.shape[d])) {
    throw notImplemented(`${fn}(): out= must already have the result's shape [${result.shape.join(', ')}] in agnb (got [${target.shape.join(', ')}]); agnb cannot resize a tensor in place`);
  }
  engine.copyInto(target, result);
  return out;
}

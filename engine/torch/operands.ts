// How Python values enter tensor operations as operands: numbers wrapped the way PyTorch wraps them, next to
// the tensor they meet.
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import type { PyValue } from '../python/objects/core';
import { notImplemented } from '../python/objects/exceptions';
import type { BoundArgs } from './args';
import { PyTensor } from './tensorObject';
import { pythonNumber, type PythonNumber } from './values';

/** A Python number entering an operation with `partner`, as PyTorch wraps it (see engine wrapNumber). */
export function wrapScalar(number: PythonNumber, partner: Tensor): Tensor {
  // A float keeps double precision next to a float64 tensor; elsewhere it computes in the default float dtype.
  const dtype = number.dtype === 'float32' && partner.dtype === 'float64' ? 'float64' : number.dtype;
  return engine.wrapNumber(number.value, dtype);
}

/** A tensor, or a Python number wrapped for `partner`; undefined for anything else. */
export function operandFor(value: PyValue | undefined, partner: Tensor): Tensor | undefined {
  if (value instanceof PyTensor) return value.tensor;
  const number = value === undefined ? undefined : pythonNumber(value);
  return number ? wrapScalar(number, partner) : undefined;
}

/** The argument `name` as the second operand of `input`: a tensor or a Python number. */
export function otherOperand(args: BoundArgs, name = 'other', partnerName = 'input'): Tensor {
  const partner = args.tensor(partnerName);
  return operandFor(args.raw(name), partner) ?? args.tensor(name);
}

/** tensor ** exponent: a number exponent is PyTorch's pow(Tensor, Scalar). */
export function power(base: Tensor, exponent: PyValue | undefined, fn = 'pow'): Tensor {
  const number = exponent === undefined ? undefined : pythonNumber(exponent);
  if (number) return engine.powScalar(base, wrapScalar(number, base));
  if (exponent instanceof PyTensor && exponent.tensor.ndim === 0 && !exponent.tensor.requiresGrad) {
    return engine.powScalar(base, engine.wrapNumber(exponent.tensor.at(0), exponent.tensor.dtype));
  }
  throw notImplemented(`${fn}(): a tensor exponent is not supported in agnb yet`);
}

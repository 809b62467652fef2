// How Python values enter tensor operations as operands: numbers wrapped the way PyTorch wraps them, next to
// the tensor they meet.
import * as engine from '../tensor/index';
import type { DType, Tensor } from '../tensor/index';
import { isFloating } from '../tensor/dtype';
import { typeName, type PyValue } from '../python/objects/core';
import { notImplemented, typeError } from '../python/objects/exceptions';
import type { BoundArgs } from './args';
import { PyTensor } from './tensorObject';
import { pythonNumber, type PythonNumber } from './values';

/** A Python number entering an operation with `partner`, as PyTorch wraps it (see engine wrapNumber). */
export function wrapScalar(number: PythonNumber, partner: Tensor): Tensor {
  return engine.wrapNumber(number.value, scalarDtype(number, partner));
}

/**
 * A float keeps double precision next to a float64 tensor; elsewhere it computes in the default float dtype.
 * An int beyond the exact int64 range (see engine dtype.ts) can still meet a float tensor, as the float it
 * becomes there; next to an integer tensor it raises the limit error.
 */
function scalarDtype(number: PythonNumber, partner: Tensor): DType {
  if (number.dtype === 'float32' && partner.dtype === 'float64') return 'float64';
  if (number.dtype === 'int64' && isFloating(partner.dtype) && !Number.isSafeInteger(number.value)) return 'float64';
  return number.dtype;
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

/** tensor ** exponent: a number exponent is PyTorch's pow(Tensor, Scalar), a tensor one pow(Tensor, Tensor). */
export function power(base: Tensor, exponent: PyValue | undefined, fn = 'pow'): Tensor {
  const number = exponent === undefined ? undefined : pythonNumber(exponent);
  if (number) return engine.powScalar(base, wrapScalar(number, base), number.value);
  if (exponent instanceof PyTensor) return engine.pow(base, exponent.tensor);
  throw typeError(`${fn}(): argument 'exponent' must be Tensor or Number, not ${exponent === undefined ? 'None' : typeName(exponent)}`);
}

/**
 * number ** tensor, as PyTorch's Tensor.__rpow__ computes it: the number becomes a 0-dim tensor of the
 * result dtype, raised with pow(Tensor, Tensor).
 */
export function reflectedPower(number: PythonNumber, exponent: Tensor): Tensor {
  const dtype = engine.resultType([{ dtype: number.dtype, kind: 'scalar' }, engine.operandOf(exponent)]);
  return engine.pow(engine.fromNested(number.value, dtype), exponent);
}

/** A Scalar argument (alpha=, clamp bounds, fill value) wrapped next to self; undefined when absent. */
export function scalarArgument(a: BoundArgs, name: string): Tensor | undefined {
  const value = a.raw(name);
  if (value === undefined) return undefined;
  if (value instanceof PyTensor) throw notImplemented(`${a.fn}(): a tensor ${name}= is not supported in agnb yet; pass a number`);
  const number = pythonNumber(value);
  if (!number) throw typeError(`${a.fn}(): argument '${name}' must be Number, not ${typeName(value)}`);
  return wrapScalar(number, a.tensor('input'));
}

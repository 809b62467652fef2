// The operations exposed as both `torch.name(input, ...)` and `tensor.name(...)`, one table entry each:
// a PyTorch-style signature and what it computes. The binding layers (torch module, Tensor type) are
// generated from these tables; the families live in their own files (reductions, shapes, comparisons).
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { checkedScalar, isFloating, isSigned, scalarTypeName } from '../tensor/dtype';
import { sameShape } from '../tensor/shape';
import { None, type Kwargs, type PyValue } from '../python/objects/core';
import { PyTuple } from '../python/objects/containers';
import { bindArguments, parseSignature, type BoundArgs } from './args';
import { COMPARISONS } from './comparisons';
import { registerSignature } from './docs';
import { nativeFunction } from './errors';
import { operandFor, otherOperand, power, scalarArgument } from './operands';
import { REDUCTIONS } from './reductions';
import { pythonNumber, truthValue } from './values';
import { writeOut } from './outArgument';
import { SHAPE_OPS } from './shapes';
import { SORTING_OPS } from './sorting';
import { TRIANGULAR_OPS } from './triangular';
import { REARRANGE_OPS } from './rearrange';
import { SCATTER_OPS } from './scatter';
import { PRODUCT_OPS } from './products';
import { TYPE_PROMOTION } from './typePromotion';
import { PyTensor, wrapTensor } from './tensorObject';

export interface OpDefinition {
  /** PyTorch's parameter list, first parameter the tensor a method is called on (see args.ts). */
  signature: string;
  run: (args: BoundArgs) => Tensor | Tensor[] | PyValue;
  /** Where the operation appears; both torch.name and Tensor.name by default. */
  on?: 'torch' | 'tensor';
  /** Tensor.name, where its parameters differ from torch.name's (self first). */
  method?: Pick<OpDefinition, 'signature' | 'run'>;
}

/** add/sub with alpha=: input ± alpha * other. */
function scaledOperation(a: BoundArgs, subtract: boolean): Tensor {
  const input = a.tensor('input');
  const other = otherOperand(a);
  const alpha = scalarArgument(a, 'alpha');
  if (alpha) return engine.addScaled(input, other, alpha, subtract);
  return subtract ? engine.sub(input, other) : engine.add(input, other);
}

/** div's rounding_mode=: absent (plain division), None (true division, recorded apart), 'trunc' or 'floor'. */
export function roundingMode(args: BoundArgs): engine.RoundingMode | null | undefined {
  if (!args.given('rounding_mode')) return undefined;
  if (!args.has('rounding_mode')) return null;
  const mode = args.string('rounding_mode', '');
  if (mode !== 'trunc' && mode !== 'floor') throw new engine.TorchError('RuntimeError', `div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '${mode}'`);
  return mode;
}

function divide(a: BoundArgs): Tensor {
  const mode = roundingMode(a);
  const input = a.tensor('input');
  const other = otherOperand(a);
  return mode === undefined ? engine.div(input, other) : engine.divRounding(input, other, mode);
}

/** An op whose first operand may also be a Python number (torch.remainder(2, t)), wrapped next to the other. */
function binaryWithNumberFirst(a: BoundArgs, fn: (a: Tensor, b: Tensor) => Tensor): Tensor {
  const other = a.raw('other');
  if (other instanceof PyTensor && !(a.raw('input') instanceof PyTensor)) return fn(operandFor(a.raw('input'), other.tensor) ?? a.tensor('input'), other.tensor);
  return fn(a.tensor('input'), otherOperand(a));
}

/**
 * clamp(min=, max=): number bounds take part in type promotion (an int tensor clamped to a float bound gives
 * floats) and must fit the result dtype.
 */
function clamp(a: BoundArgs): Tensor {
  const input = a.tensor('input');
  const numbers = (['min', 'max'] as const).map((name) => {
    const value = a.raw(name);
    return value === undefined || value instanceof PyTensor ? undefined : pythonNumber(value);
  });
  const dtype = engine.resultType([engine.operandOf(input), ...numbers.flatMap((number) => (number ? [{ dtype: number.dtype, kind: 'scalar' as const }] : []))]);
  const bound = (i: 0 | 1, absent: number): number => {
    const number = numbers[i];
    if (number) return checkedScalar(number.value, dtype);
    return a.optionalNumber(i === 0 ? 'min' : 'max') ?? absent;
  };
  return engine.clamp(engine.toDtype(input, dtype), bound(0, -Infinity), bound(1, Infinity));
}

/**
 * float_power: input and exponent in float64, then pow. `inPlace` names float_power_, which needs a float64 self
 * (PyTorch's message otherwise).
 */
export function floatPower(a: BoundArgs, inPlace?: string): Tensor {
  const input = a.raw('input');
  const exponent = a.raw('exponent');
  if (inPlace && input instanceof PyTensor && input.tensor.dtype !== 'float64') {
    throw new engine.TorchError('RuntimeError', `the base given to float_power_ has dtype ${scalarTypeName(input.tensor.dtype)} but the operation's result requires dtype Double`);
  }
  const asDouble = (tensor: Tensor) => (tensor.dtype === 'float64' ? tensor : engine.toDtype(tensor, 'float64'));
  if (!(input instanceof PyTensor)) return engine.powScalarBase(engine.wrapNumber(a.number('input'), 'float64'), asDouble(a.tensor('exponent')));
  if (exponent instanceof PyTensor) return engine.pow(asDouble(input.tensor), asDouble(exponent.tensor));
  return power(asDouble(input.tensor), exponent);
}

/** lerp's weight: a number (LerpBackward0) or a tensor (LerpBackward1). */
export const lerpWeight = (a: BoundArgs): Tensor | number => {
  const weight = a.raw('weight');
  return weight instanceof PyTensor ? weight.tensor : a.number('weight');
};

/** nan_to_num of `input` with the call's replacement values. */
export const nanToNum = (a: BoundArgs, input: Tensor): Tensor =>
  engine.nanToNum(input, a.optionalNumber('nan') ?? 0, a.optionalNumber('posinf'), a.optionalNumber('neginf'));

/** positive: the input itself; PyTorch refuses bools as the unary `+` does. */
function positive(input: Tensor): Tensor {
  if (input.dtype === 'bool') throw new engine.TorchError('RuntimeError', 'The `+` operator, on a bool tensor is not supported.');
  return input;
}

const unary = (fn: (input: Tensor) => Tensor): OpDefinition => ({ signature: 'input', run: (a) => fn(a.tensor('input')) });

/** masked_fill's value: a Python number, or a 0-d tensor (which the gradient flows into). */
export const maskedFillValue = (a: BoundArgs): Tensor | number => (a.raw('value') instanceof PyTensor ? a.tensor('value') : a.number('value'));

const CORE: Record<string, OpDefinition> = {
  add: { signature: 'input, other, *, alpha=', run: (a) => scaledOperation(a, false) },
  sub: { signature: 'input, other, *, alpha=', run: (a) => scaledOperation(a, true) },
  mul: { signature: 'input, other', run: (a) => engine.mul(a.tensor('input'), otherOperand(a)) },
  multiply: { signature: 'input, other', run: (a) => engine.mul(a.tensor('input'), otherOperand(a)) },
  float_power: { signature: 'input, exponent', run: (a) => floatPower(a) },
  div: { signature: 'input, other, *, rounding_mode=', run: divide },
  divide: { signature: 'input, other, *, rounding_mode=', run: divide },
  true_divide: { signature: 'input, other', run: (a) => engine.div(a.tensor('input'), otherOperand(a)) },
  floor_divide: { signature: 'input, other', run: (a) => engine.floorDivide(a.tensor('input'), otherOperand(a)) },
  remainder: { signature: 'input, other', run: (a) => binaryWithNumberFirst(a, engine.remainder) },
  fmod: { signature: 'input, other', run: (a) => engine.fmod(a.tensor('input'), otherOperand(a)) },
  pow: {
    signature: 'input, exponent',
    run: (a) => {
      const exponent = a.raw('exponent');
      if (!(exponent instanceof PyTensor)) return power(a.tensor('input'), exponent);
      // torch.pow(number, tensor) is its own overload (PowBackward2).
      const base = operandFor(a.raw('input'), exponent.tensor);
      return base instanceof engine.WrappedNumber ? engine.powScalarBase(base, exponent.tensor) : engine.pow(a.tensor('input'), exponent.tensor);
    },
  },
  neg: unary(engine.neg),
  negative: unary(engine.neg),
  subtract: { signature: 'input, other, *, alpha=', run: (a) => scaledOperation(a, true) },
  reciprocal: unary(engine.reciprocal),
  deg2rad: unary(engine.deg2rad),
  rad2deg: unary(engine.rad2deg),
  exp: unary(engine.exp),
  log: unary(engine.log),
  sqrt: unary(engine.sqrt),
  tanh: unary(engine.tanh),
  sigmoid: unary(engine.sigmoid),
  relu: unary(engine.relu),
  prelu: { signature: 'input, weight', run: (a) => engine.prelu(a.tensor('input'), a.tensor('weight')) },
  hardshrink: { signature: 'input, lambd=', run: (a) => engine.hardshrink(a.tensor('input'), a.number('lambd', 0.5)) },
  abs: unary(engine.abs),
  absolute: unary(engine.abs),
  sign: unary(engine.sign),
  sgn: unary(engine.sgn),
  floor: unary(engine.floor),
  ceil: unary(engine.ceil),
  trunc: unary(engine.trunc),
  fix: unary(engine.trunc),
  round: { signature: 'input, *, decimals=', run: (a) => engine.round(a.tensor('input'), a.int('decimals', 0)) },
  frac: unary(engine.frac),
  log1p: unary(engine.log1p),
  expm1: unary(engine.expm1),
  log2: unary(engine.log2),
  log10: unary(engine.log10),
  rsqrt: unary(engine.rsqrt),
  sin: unary(engine.sin),
  cos: unary(engine.cos),
  tan: unary(engine.tan),
  square: unary(engine.square),
  asin: unary(engine.asin),
  arcsin: unary(engine.asin),
  acos: unary(engine.acos),
  arccos: unary(engine.acos),
  atan: unary(engine.atan),
  arctan: unary(engine.atan),
  atan2: { signature: 'input, other', run: (a) => engine.atan2(a.tensor('input'), a.tensor('other')) },
  arctan2: { signature: 'input, other', run: (a) => engine.atan2(a.tensor('input'), a.tensor('other')) },
  sinh: unary(engine.sinh),
  cosh: unary(engine.cosh),
  asinh: unary(engine.asinh),
  arcsinh: unary(engine.asinh),
  acosh: unary(engine.acosh),
  arccosh: unary(engine.acosh),
  atanh: unary(engine.atanh),
  arctanh: unary(engine.atanh),
  erf: unary(engine.erf),
  erfc: unary(engine.erfc),
  exp2: unary(engine.exp2),
  logit: { signature: 'input, eps=', run: (a) => engine.logit(a.tensor('input'), a.optionalNumber('eps')) },
  lerp: { signature: 'input, end, weight', run: (a) => engine.lerp(a.tensor('input'), a.tensor('end'), lerpWeight(a)) },
  addcmul: { signature: 'input, tensor1, tensor2, *, value=', run: (a) => engine.addcmul(a.tensor('input'), a.tensor('tensor1'), a.tensor('tensor2'), a.number('value', 1)) },
  addcdiv: { signature: 'input, tensor1, tensor2, *, value=', run: (a) => engine.addcdiv(a.tensor('input'), a.tensor('tensor1'), a.tensor('tensor2'), a.number('value', 1)) },
  hypot: { signature: 'input, other', run: (a) => engine.hypot(a.tensor('input'), a.tensor('other')) },
  logaddexp: { signature: 'input, other', run: (a) => engine.logaddexp(a.tensor('input'), a.tensor('other')) },
  xlogy: { signature: 'input, other', run: (a) => binaryWithNumberFirst(a, engine.xlogy) },
  fmax: { signature: 'input, other', run: (a) => engine.fmax(a.tensor('input'), a.tensor('other')) },
  fmin: { signature: 'input, other', run: (a) => engine.fmin(a.tensor('input'), a.tensor('other')) },
  copysign: { signature: 'input, other', run: (a) => engine.copysign(a.tensor('input'), otherOperand(a)) },
  nan_to_num: { signature: 'input, nan=, posinf=, neginf=', run: (a) => nanToNum(a, a.tensor('input')) },
  masked_fill: { signature: 'input, mask, value', run: (a) => engine.maskedFill(a.tensor('input'), a.tensor('mask'), maskedFillValue(a)) },
  clamp: { signature: 'input, min=, max=', run: clamp },
  clip: { signature: 'input, min=, max=', run: clamp },
  matmul: { signature: 'input, other', run: (a) => engine.matmul(a.tensor('input'), a.tensor('other')) },
  mm: { signature: 'input, mat2', run: (a) => engine.mm(a.tensor('input'), a.tensor('mat2')) },
  mv: { signature: 'input, vec', run: (a) => engine.mv(a.tensor('input'), a.tensor('vec')) },
  dot: { signature: 'input, tensor', run: (a) => engine.dot(a.tensor('input'), a.tensor('tensor')) },
  outer: { signature: 'input, vec2', run: (a) => engine.outer(a.tensor('input'), a.tensor('vec2')) },
  ger: { signature: 'input, vec2', run: (a) => engine.outer(a.tensor('input'), a.tensor('vec2')) },
  t: { signature: 'input', run: (a) => engine.t(a.tensor('input')) },
  transpose: { signature: 'input, dim0, dim1', run: (a) => engine.transpose(a.tensor('input'), a.int('dim0'), a.int('dim1')) },
  permute: { signature: 'input, *dims', run: (a) => engine.permute(a.tensor('input'), a.ints('dims')) },
  reshape: { signature: 'input, *shape', run: (a) => engine.reshape(a.tensor('input'), a.ints('shape')) },
  view: { signature: 'input, *size', run: (a) => engine.view(a.tensor('input'), a.ints('size')), on: 'tensor' },
  expand: { signature: 'input, *size', run: (a) => engine.expand(a.tensor('input'), a.ints('size')), on: 'tensor' },
  unsqueeze: { signature: 'input, dim', run: (a) => engine.unsqueeze(a.tensor('input'), a.int('dim')) },
  squeeze: { signature: 'input, dim=', run: (a) => engine.squeeze(a.tensor('input'), a.optionalInt('dim')) },
  select: { signature: 'input, dim, index', run: (a) => engine.select(a.tensor('input'), a.int('dim'), a.int('index')) },
  detach: { signature: 'input', run: (a) => engine.detach(a.tensor('input')) },
  clone: { signature: 'input', run: (a) => engine.clone(a.tensor('input')) },
  contiguous: { signature: 'input', run: (a) => engine.contiguous(a.tensor('input')), on: 'tensor' },
  numel: { signature: 'input', run: (a) => a.tensor('input').numel },
  is_floating_point: { signature: 'input', run: (a) => isFloating(a.tensor('input').dtype) },
  is_signed: { signature: 'input', run: (a) => isSigned(a.tensor('input').dtype) },
  is_nonzero: { signature: 'input', run: (a) => truthValue(a.tensor('input')) },
  is_same_size: { signature: 'input, other', run: (a) => sameShape(a.tensor('input').shape, a.tensor('other').shape) },
  positive: { signature: 'input', run: (a) => positive(a.tensor('input')) },
};

export const OPS: Record<string, OpDefinition> = { ...CORE, ...REDUCTIONS, ...SHAPE_OPS, ...COMPARISONS, ...SORTING_OPS, ...TRIANGULAR_OPS, ...REARRANGE_OPS, ...SCATTER_OPS, ...PRODUCT_OPS, ...TYPE_PROMOTION };

/** What a native call returns to Python: tensors wrapped, lists of tensors as tuples. */
export function toPythonResult(result: Tensor | PyValue | Tensor[]): PyValue {
  if (result instanceof engine.Tensor) return wrapTensor(result);
  if (Array.isArray(result)) return new PyTuple(result.map((item) => toPythonResult(item)));
  return result ?? None;
}

/**
 * The Python callable for an operation: `torch.name(...)`, or with `ownerName` the method `Tensor.name`
 * (self arrives as the first argument, so it binds to the first parameter).
 */
export function opFunction(name: string, definition: Pick<OpDefinition, 'signature' | 'run'>, ownerName?: string): PyValue {
  const isMethod = ownerName !== undefined;
  const signature = parseSignature(definition.signature);
  const call = (args: PyValue[], kwargs: Kwargs) => toPythonResult(definition.run(bindArguments(name, signature, args, kwargs, isMethod)));
  const fn = nativeFunction(name, isMethod ? call : (args: PyValue[], kwargs: Kwargs) => {
    const out = kwargs?.get('out');
    if (out === undefined || out === None) return call(args, kwargs);
    const rest = new Map(kwargs);
    rest.delete('out');
    return writeOut(name, definition.run(bindArguments(name, signature, args, rest, isMethod)), out);
  }, ownerName);
  registerSignature(fn.fn, name, definition.signature, isMethod);
  return fn;
}

// The operations exposed as both `torch.name(input, ...)` and `tensor.name(...)`, one table entry each:
// a PyTorch-style signature and what it computes. The binding layers (torch module, Tensor type) are
// generated from this table.
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { isFloating } from '../tensor/dtype';
import { None, type Kwargs, type PyValue } from '../python/objects/core';
import { PyTuple } from '../python/objects/containers';
import { notImplemented } from '../python/objects/exceptions';
import { bindArguments, type BoundArgs } from './args';
import { nativeFunction } from './errors';
import { PyTensor, wrapTensor } from './tensorObject';
import { pythonNumber, type PythonNumber } from './values';

export interface OpDefinition {
  /** PyTorch's parameter list, first parameter the tensor a method is called on (see args.ts). */
  signature: string;
  run: (args: BoundArgs) => Tensor | PyValue;
  /** Where the operation appears; both torch.name and Tensor.name by default. */
  on?: 'torch' | 'tensor';
}

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

function other(args: BoundArgs, name = 'other'): Tensor {
  const input = args.tensor('input');
  const operand = operandFor(args.raw(name), input);
  return operand ?? args.tensor(name);
}

function checkAlpha(args: BoundArgs): void {
  if (args.has('alpha') && args.number('alpha') !== 1) throw notImplemented(`${args.fn}(): alpha= other than 1 is not supported in agnb yet`);
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

export const OPS: Record<string, OpDefinition> = {
  add: { signature: 'input, other, *, alpha=', run: (a) => (checkAlpha(a), engine.add(a.tensor('input'), other(a))) },
  sub: { signature: 'input, other, *, alpha=', run: (a) => (checkAlpha(a), engine.sub(a.tensor('input'), other(a))) },
  mul: { signature: 'input, other', run: (a) => engine.mul(a.tensor('input'), other(a)) },
  div: {
    signature: 'input, other, *, rounding_mode=',
    run: (a) => {
      if (a.has('rounding_mode')) throw notImplemented('div(): rounding_mode= is not supported in agnb yet');
      return engine.div(a.tensor('input'), other(a));
    },
  },
  pow: { signature: 'input, exponent', run: (a) => power(a.tensor('input'), a.raw('exponent')) },
  neg: { signature: 'input', run: (a) => engine.neg(a.tensor('input')) },
  exp: { signature: 'input', run: (a) => engine.exp(a.tensor('input')) },
  log: { signature: 'input', run: (a) => engine.log(a.tensor('input')) },
  sqrt: { signature: 'input', run: (a) => engine.sqrt(a.tensor('input')) },
  tanh: { signature: 'input', run: (a) => engine.tanh(a.tensor('input')) },
  sigmoid: { signature: 'input', run: (a) => engine.sigmoid(a.tensor('input')) },
  relu: { signature: 'input', run: (a) => engine.relu(a.tensor('input')) },
  clamp: {
    signature: 'input, min=, max=',
    run: (a) => engine.clamp(a.tensor('input'), a.optionalNumber('min') ?? -Infinity, a.optionalNumber('max') ?? Infinity),
  },
  sum: { signature: 'input, dim=, keepdim=, *, dtype=', run: (a) => engine.sum(castFor(a), a.dims('dim'), a.bool('keepdim')) },
  mean: { signature: 'input, dim=, keepdim=, *, dtype=', run: (a) => engine.mean(castFor(a), a.dims('dim'), a.bool('keepdim')) },
  matmul: { signature: 'input, other', run: (a) => engine.matmul(a.tensor('input'), a.tensor('other')) },
  mm: { signature: 'input, mat2', run: (a) => engine.mm(a.tensor('input'), a.tensor('mat2')) },
  mv: { signature: 'input, vec', run: (a) => engine.mv(a.tensor('input'), a.tensor('vec')) },
  dot: { signature: 'input, tensor', run: (a) => engine.dot(a.tensor('input'), a.tensor('tensor')) },
  t: { signature: 'input', run: (a) => engine.t(a.tensor('input')) },
  transpose: { signature: 'input, dim0, dim1', run: (a) => engine.transpose(a.tensor('input'), a.int('dim0'), a.int('dim1')) },
  permute: { signature: 'input, *dims', run: (a) => engine.permute(a.tensor('input'), a.ints('dims')) },
  reshape: { signature: 'input, *shape', run: (a) => engine.reshape(a.tensor('input'), a.ints('shape')) },
  view: { signature: 'input, *size', run: (a) => engine.view(a.tensor('input'), a.ints('size')), on: 'tensor' },
  expand: { signature: 'input, *size', run: (a) => engine.expand(a.tensor('input'), a.ints('size')), on: 'tensor' },
  unsqueeze: { signature: 'input, dim', run: (a) => engine.unsqueeze(a.tensor('input'), a.int('dim')) },
  squeeze: { signature: 'input, dim=', run: (a) => engine.squeeze(a.tensor('input'), a.optionalInt('dim')) },
  flatten: { signature: 'input, start_dim=, end_dim=', run: (a) => flatten(a.tensor('input'), a.int('start_dim', 0), a.int('end_dim', -1)) },
  select: { signature: 'input, dim, index', run: (a) => engine.select(a.tensor('input'), a.int('dim'), a.int('index')) },
  detach: { signature: 'input', run: (a) => engine.detach(a.tensor('input')) },
  clone: { signature: 'input', run: (a) => engine.clone(a.tensor('input')) },
  contiguous: { signature: 'input', run: (a) => engine.contiguous(a.tensor('input')), on: 'tensor' },
  numel: { signature: 'input', run: (a) => a.tensor('input').numel },
  is_floating_point: { signature: 'input', run: (a) => isFloating(a.tensor('input').dtype) },
};

/** sum/mean(dtype=): the input converted first, as PyTorch does. */
function castFor(args: BoundArgs, input = args.tensor('input')): Tensor {
  const dtype = args.dtype();
  return dtype ? engine.toDtype(input, dtype) : input;
}

/** flatten(start_dim, end_dim): a reshape merging the dims in between (the input itself when there are none). */
function flatten(input: Tensor, startDim: number, endDim: number): Tensor {
  if (input.ndim === 0) return engine.reshape(input, [1]);
  const rank = input.ndim;
  const start = startDim < 0 ? startDim + rank : startDim;
  const end = endDim < 0 ? endDim + rank : endDim;
  if (start < 0 || start >= rank || end < 0 || end >= rank) {
    throw new engine.TorchError('IndexError', `Dimension out of range (expected to be in range of [${-rank}, ${rank - 1}], but got ${start < 0 || start >= rank ? startDim : endDim})`);
  }
  if (start > end) throw new engine.TorchError('RuntimeError', 'flatten() has invalid args: start_dim cannot come after end_dim');
  if (start === end) return input;
  const merged = input.shape.slice(start, end + 1).reduce((n, size) => n * size, 1);
  return engine.reshape(input, [...input.shape.slice(0, start), merged, ...input.shape.slice(end + 1)]);
}

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
  return nativeFunction(name, (args: PyValue[], kwargs: Kwargs) => toPythonResult(definition.run(bindArguments(name, definition.signature, args, kwargs))), ownerName);
}

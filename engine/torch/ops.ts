// The operations exposed as both `torch.name(input, ...)` and `tensor.name(...)`, one table entry each:
// a PyTorch-style signature and what it computes. The binding layers (torch module, Tensor type) are
// generated from these tables; the families live in their own files (reductions, shapes, comparisons).
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { isFloating } from '../tensor/dtype';
import { None, type Kwargs, type PyValue } from '../python/objects/core';
import { PyTuple } from '../python/objects/containers';
import { notImplemented } from '../python/objects/exceptions';
import { bindArguments, type BoundArgs } from './args';
import { COMPARISONS } from './comparisons';
import { registerSignature } from './docs';
import { nativeFunction } from './errors';
import { otherOperand, power } from './operands';
import { REDUCTIONS } from './reductions';
import { SHAPE_OPS } from './shapes';
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

function checkAlpha(args: BoundArgs): void {
  if (args.has('alpha') && args.number('alpha') !== 1) throw notImplemented(`${args.fn}(): alpha= other than 1 is not supported in agnb yet`);
}

const unary = (fn: (input: Tensor) => Tensor): OpDefinition => ({ signature: 'input', run: (a) => fn(a.tensor('input')) });

/** masked_fill's value: a Python number, or a 0-d tensor (which the gradient flows into). */
export const maskedFillValue = (a: BoundArgs): Tensor | number => (a.raw('value') instanceof PyTensor ? a.tensor('value') : a.number('value'));

const CORE: Record<string, OpDefinition> = {
  add: { signature: 'input, other, *, alpha=', run: (a) => (checkAlpha(a), engine.add(a.tensor('input'), otherOperand(a))) },
  sub: { signature: 'input, other, *, alpha=', run: (a) => (checkAlpha(a), engine.sub(a.tensor('input'), otherOperand(a))) },
  mul: { signature: 'input, other', run: (a) => engine.mul(a.tensor('input'), otherOperand(a)) },
  div: {
    signature: 'input, other, *, rounding_mode=',
    run: (a) => {
      if (a.has('rounding_mode')) throw notImplemented('div(): rounding_mode= is not supported in agnb yet');
      return engine.div(a.tensor('input'), otherOperand(a));
    },
  },
  pow: { signature: 'input, exponent', run: (a) => power(a.tensor('input'), a.raw('exponent')) },
  neg: unary(engine.neg),
  exp: unary(engine.exp),
  log: unary(engine.log),
  sqrt: unary(engine.sqrt),
  tanh: unary(engine.tanh),
  sigmoid: unary(engine.sigmoid),
  relu: unary(engine.relu),
  abs: unary(engine.abs),
  sign: unary(engine.sign),
  sgn: unary(engine.sgn),
  floor: unary(engine.floor),
  ceil: unary(engine.ceil),
  trunc: unary(engine.trunc),
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
  masked_fill: { signature: 'input, mask, value', run: (a) => engine.maskedFill(a.tensor('input'), a.tensor('mask'), maskedFillValue(a)) },
  clamp: {
    signature: 'input, min=, max=',
    run: (a) => engine.clamp(a.tensor('input'), a.optionalNumber('min') ?? -Infinity, a.optionalNumber('max') ?? Infinity),
  },
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
};

export const OPS: Record<string, OpDefinition> = { ...CORE, ...REDUCTIONS, ...SHAPE_OPS, ...COMPARISONS };

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
  const fn = nativeFunction(name, (args: PyValue[], kwargs: Kwargs) => toPythonResult(definition.run(bindArguments(name, definition.signature, args, kwargs, isMethod))), ownerName);
  registerSignature(fn.fn, name, definition.signature, isMethod);
  return fn;
}

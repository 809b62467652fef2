// Comparisons, logical and bitwise ops, where, maximum/minimum and closeness tests, bound with PyTorch's
// signatures (aliases included: greater, less_equal, ...). One table entry per operation (see ops.ts).
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { checkScalarFits } from '../tensor/dtype';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';
import { operandFor, otherOperand } from './operands';
import { PyTensor } from './tensorObject';

type Binary = (a: Tensor, b: Tensor) => Tensor;
type TwoTensors = (a: Tensor, b: Tensor) => Tensor | boolean;

const binaryOp = (fn: Binary): OpDefinition => ({ signature: 'input, other', run: (a) => fn(a.tensor('input'), otherOperand(a)) });
/** Logical ops take two tensors (no Python numbers). */
const tensorsOp = (fn: TwoTensors): OpDefinition => ({ signature: 'input, other', run: (a) => fn(a.tensor('input'), a.tensor('other')) });
const unaryOp = (fn: (input: Tensor) => Tensor): OpDefinition => ({ signature: 'input', run: (a) => fn(a.tensor('input')) });

/** isin(elements, test_elements): either side may be a Python number (the other is then a tensor). */
function isin(a: BoundArgs): Tensor {
  const elements = a.raw('elements');
  const test = elements instanceof PyTensor ? otherOperand(a, 'test_elements', 'elements') : a.tensor('test_elements');
  return engine.isin(operandFor(elements, test) ?? a.tensor('elements'), test, a.bool('invert'));
}

const closeOptions = (a: BoundArgs): engine.CloseOptions => ({ rtol: a.number('rtol', 1e-5), atol: a.number('atol', 1e-8), equalNan: a.bool('equal_nan') });

/**
 * torch.where(condition, input, other): either side may be a Python number, wrapped next to the other. The
 * one-argument form gives the positions of the true elements, as nonzero(as_tuple=True).
 */
function where(a: BoundArgs): Tensor | Tensor[] {
  const condition = a.tensor('condition');
  if (!a.given('input') && !a.given('other')) return engine.nonzeroTuple(condition);
  const input = a.raw('input');
  const other = a.raw('other');
  const partner = input instanceof PyTensor ? input.tensor : other instanceof PyTensor ? other.tensor : condition;
  const x = operandFor(input, partner) ?? a.tensor('input');
  const y = operandFor(other, partner) ?? a.tensor('other');
  // A number must fit the result dtype (an int next to an int32 tensor becomes an int32).
  const dtype = engine.resultType([engine.operandOf(x), engine.operandOf(y)]);
  for (const operand of [x, y]) if (operand instanceof engine.WrappedNumber) checkScalarFits(operand.storage[0]!, dtype);
  return engine.where(condition, x, y);
}

export const COMPARISONS: Record<string, OpDefinition> = {
  nonzero: {
    signature: 'input, *, as_tuple=',
    run: (a) => (a.bool('as_tuple') ? engine.nonzeroTuple(a.tensor('input')) : engine.nonzero(a.tensor('input'))),
  },
  eq: binaryOp(engine.eq),
  ne: binaryOp(engine.ne),
  not_equal: binaryOp(engine.ne),
  lt: binaryOp(engine.lt),
  less: binaryOp(engine.lt),
  le: binaryOp(engine.le),
  less_equal: binaryOp(engine.le),
  gt: binaryOp(engine.gt),
  greater: binaryOp(engine.gt),
  ge: binaryOp(engine.ge),
  greater_equal: binaryOp(engine.ge),
  logical_and: tensorsOp(engine.logicalAnd),
  logical_or: tensorsOp(engine.logicalOr),
  logical_xor: tensorsOp(engine.logicalXor),
  logical_not: unaryOp(engine.logicalNot),
  bitwise_and: binaryOp(engine.bitwiseAnd),
  bitwise_or: binaryOp(engine.bitwiseOr),
  bitwise_xor: binaryOp(engine.bitwiseXor),
  bitwise_not: unaryOp(engine.bitwiseNot),
  maximum: tensorsOp(engine.maximum),
  minimum: tensorsOp(engine.minimum),
  where: {
    signature: 'condition, input=, other=',
    run: where,
    // The method's other side must be a tensor: x.where(condition, y).
    method: { signature: 'input, condition, other', run: (a) => engine.where(a.tensor('condition'), a.tensor('input'), a.tensor('other')) },
  },
  equal: tensorsOp(engine.equal),
  isclose: { signature: 'input, other, rtol=, atol=, equal_nan=', run: (a) => engine.isclose(a.tensor('input'), a.tensor('other'), closeOptions(a)) },
  allclose: { signature: 'input, other, rtol=, atol=, equal_nan=', run: (a) => engine.allclose(a.tensor('input'), a.tensor('other'), closeOptions(a)) },
  isnan: unaryOp(engine.isnan),
  isinf: unaryOp(engine.isinf),
  isfinite: unaryOp(engine.isfinite),
  signbit: unaryOp(engine.signbit),
  heaviside: { signature: 'input, values', run: (a) => engine.heaviside(a.tensor('input'), a.tensor('values')) },
  isin: { signature: 'elements, test_elements, *, assume_unique=, invert=', run: isin, on: 'torch' },
};

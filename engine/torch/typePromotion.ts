// torch.result_type, torch.promote_types and torch.can_cast: PyTorch's type promotion rules as functions of
// dtypes, tensors and Python numbers.
import * as engine from '../tensor/index';
import { canCast, promote, type Operand } from '../tensor/dtype';
import { None, typeName, type PyValue } from '../python/objects/core';
import { typeError } from '../python/objects/exceptions';
import type { BoundArgs } from './args';
import type { OpDefinition } from './ops';
import { PyTensor } from './tensorObject';
import { dtypeObjects, dtypeOf, pythonNumber } from './values';

type Kind = 'Tensor' | 'Number';

/** result_type's overloads as PyTorch lists them in its error: the kinds and names of both parameters. */
const RESULT_TYPE_OVERLOADS: ReadonlyArray<readonly [Kind, string, Kind, string]> = [
  ['Tensor', 'tensor', 'Tensor', 'other'],
  ['Number', 'scalar', 'Tensor', 'tensor'],
  ['Tensor', 'tensor', 'Number', 'other'],
  ['Number', 'scalar1', 'Number', 'scalar2'],
];

function kindOf(value: PyValue): Kind | undefined {
  if (value instanceof PyTensor) return 'Tensor';
  return pythonNumber(value) ? 'Number' : undefined;
}

/** One argument as a promotion operand: a tensor by its dimensions, a Python number as a scalar. */
function operand(value: PyValue): Operand {
  if (value instanceof PyTensor) return engine.operandOf(value.tensor);
  return { dtype: pythonNumber(value)!.dtype, kind: 'scalar' };
}

function resultType(a: BoundArgs): PyValue {
  const values = [a.raw('tensor'), a.raw('other')] as const;
  if (values.every((value) => value !== undefined && kindOf(value) !== undefined)) return dtypeObjects[engine.resultType(values.map((value) => operand(value!)))];
  const names = values.map((value) => (value === undefined ? 'NoneType' : typeName(value)));
  // PyTorch's listing counts only a tensor given for a Tensor parameter as matching, never a number for a Number.
  const lines = RESULT_TYPE_OVERLOADS.map(([kind1, name1, kind2, name2]) => {
    const marked = values.map((value, i) => (value instanceof PyTensor && [kind1, kind2][i] === 'Tensor' ? names[i] : `!${names[i]}!`));
    return ` * (${kind1} ${name1}, ${kind2} ${name2})\n      didn't match because some of the arguments have invalid types: (${marked.join(', ')})\n`;
  });
  throw typeError(`result_type() received an invalid combination of arguments - got (${names.join(', ')}), but expected one of:\n${lines.join('')}`);
}

const dtypeArgument = (a: BoundArgs, name: string, position: number) => dtypeOf(a.raw(name) ?? None, `${a.fn}(): argument '${name}' (position ${position})`);

export const TYPE_PROMOTION: Record<string, OpDefinition> = {
  result_type: { signature: 'tensor, other', run: resultType, on: 'torch' },
  promote_types: { signature: 'type1, type2', run: (a) => dtypeObjects[promote(dtypeArgument(a, 'type1', 1), dtypeArgument(a, 'type2', 2))], on: 'torch' },
  can_cast: { signature: 'from, to', run: (a) => canCast(dtypeArgument(a, 'from', 1), dtypeArgument(a, 'to', 2)), on: 'torch' },
};

// Size arguments of layers (torch/nn/modules/utils.py): an int stands for the same size along every dim.
import { None, type PyValue } from '../../python/objects/core';
import { PyList, PyTuple } from '../../python/objects/containers';
import { typeError } from '../../python/objects/exceptions';
import { indexValue } from '../../python/ops/convert';

function intOf(fn: string, name: string, value: PyValue): number {
  const index = indexValue(value);
  if (index === undefined) throw typeError(`${fn}(): argument '${name}' must be tuple of ints, not ${value === None ? 'NoneType' : typeof value === 'string' ? 'str' : 'float'}`);
  return Number(index);
}

/** An int or a sequence of ints as a list. */
export function intsOf(fn: string, name: string, value: PyValue): number[] {
  if (value instanceof PyTuple || value instanceof PyList) return value.items.map((item) => intOf(fn, name, item));
  return [intOf(fn, name, value)];
}

/** _single / _pair: an int repeated `n` times as a tuple; a sequence as a tuple of its items. */
export function ntuple(value: PyValue, n: number): PyTuple {
  if (value instanceof PyTuple) return value;
  if (value instanceof PyList) return new PyTuple([...value.items]);
  return new PyTuple(Array<PyValue>(n).fill(value));
}

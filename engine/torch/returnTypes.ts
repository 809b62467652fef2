// torch.return_types: the named tuples some operations return, such as max(dim) giving (values, indices).
// Each is a tuple subclass whose fields also read as attributes, printed as PyTorch prints them.
import type { Tensor } from '../tensor/index';
import { PyModule, PyType, tupleType, type PyValue } from '../python/objects/core';
import { PyTuple } from '../python/objects/containers';
import { repr } from '../python/ops/convert';
import { defineGetters, defineMethods } from '../python/types/define';
import { sameItems } from './values';
import { wrapTensor } from './tensorObject';

const MODULE = 'torch.return_types';

const FIELDS: Record<string, readonly string[]> = {
  max: ['values', 'indices'],
  min: ['values', 'indices'],
  sort: ['values', 'indices'],
  topk: ['values', 'indices'],
  kthvalue: ['values', 'indices'],
  median: ['values', 'indices'],
  nanmedian: ['values', 'indices'],
  mode: ['values', 'indices'],
  cummax: ['values', 'indices'],
  cummin: ['values', 'indices'],
  aminmax: ['min', 'max'],
};

function returnType(name: string, fields: readonly string[]): PyType {
  const type = new PyType(name, [tupleType], MODULE);
  defineMethods(type, {
    // Always one field per line, whatever the values' reprs.
    __repr__: (args) => `${MODULE}.${name}(\n${fields.map((field, i) => `${field}=${repr((args[0] as PyTuple).items[i]!)}`).join(',\n')})`,
    __eq__: (args) => sameItems(args[0]!, args[1]!),
  });
  defineGetters(type, Object.fromEntries(fields.map((field, i) => [field, (self: PyValue) => (self as PyTuple).items[i]!])));
  return type;
}

const returnTypes = Object.fromEntries(Object.entries(FIELDS).map(([name, fields]) => [name, returnType(name, fields)]));

/** The named tuple `name` (a key of FIELDS) holding `tensors` in field order. */
export function namedTensors(name: keyof typeof FIELDS, tensors: readonly Tensor[]): PyTuple {
  return new PyTuple(tensors.map(wrapTensor), returnTypes[name]!);
}

export function returnTypesModule(): PyModule {
  const module = new PyModule(MODULE);
  for (const [name, type] of Object.entries(returnTypes)) module.dict!.set(name, type);
  return module;
}

// nn.Module: the base class of every layer, native and written in Python. A module keeps its parameters and
// submodules as ordinary instance attributes; their order of assignment is the order parameters() reports,
// as in PyTorch. Native layers are built with moduleClass() and initModule().
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import * as random from '../../random/index';
import { None, PyObject, PyType, objectType, typeOf, type Kwargs, type PyValue } from '../../python/objects/core';
import { PyIterator, PyTuple, iteratorTypeNamed } from '../../python/objects/containers';
import { notImplemented } from '../../python/objects/exceptions';
import { call } from '../../python/ops/call';
import { getAttr, getAttrOrUndefined } from '../../python/ops/attr';
import { repr } from '../../python/ops/convert';
import { bindArguments } from '../args';
import { nativeFunction } from '../errors';
import { toPythonResult } from '../ops';
import { PyTensor, parameterType } from '../tensorObject';

const MODULE_PATH = 'torch.nn.modules';
export const moduleType = new PyType('Module', [objectType], `${MODULE_PATH}.module`);
moduleType.instancesHaveDict = true;

const attributes = (self: PyValue): Map<string, PyValue> => (self as PyObject).dict!;
export const isModule = (value: PyValue): value is PyObject => typeOf(value).isSubtypeOf(moduleType);
export const isParameter = (value: PyValue): value is PyTensor => value instanceof PyTensor && value.cls.isSubtypeOf(parameterType);

export function children(self: PyValue): Array<[string, PyObject]> {
  return [...attributes(self)].filter((entry): entry is [string, PyObject] => isModule(entry[1]));
}

/** Own parameters first, then each submodule's, depth first, each parameter once. */
export function namedParameters(self: PyValue, prefix = '', seen = new Set<PyValue>()): Array<[string, PyTensor]> {
  const out: Array<[string, PyTensor]> = [];
  for (const [name, value] of attributes(self)) {
    if (isParameter(value) && !seen.has(value)) {
      seen.add(value);
      out.push([prefix + name, value]);
    }
  }
  for (const [name, child] of children(self)) out.push(...namedParameters(child, `${prefix}${name}.`, seen));
  return out;
}

function allModules(self: PyValue, prefix = ''): Array<[string, PyValue]> {
  return [[prefix, self], ...children(self).flatMap(([name, child]) => allModules(child, prefix ? `${prefix}.${name}` : name))];
}

export function iterator(items: PyValue[]): PyIterator {
  let i = 0;
  return new PyIterator(iteratorTypeNamed('generator'), () => (i < items.length ? items[i++] : undefined));
}

const pair = ([name, value]: [string, PyValue]) => new PyTuple([name, value]);

/** PyTorch's Module.__repr__: extra_repr() on one line, or children indented one per line. */
function moduleRepr(self: PyValue): string {
  const extra = call(getAttr(self, 'extra_repr'), []) as string;
  const extraLines = extra ? extra.split('\n') : [];
  const childLines = children(self).map(([name, child]) => `(${name}): ${repr(child).split('\n').join('\n  ')}`);
  const lines = [...extraLines, ...childLines];
  const name = typeOf(self).name;
  if (lines.length === 0) return `${name}()`;
  if (extraLines.length === 1 && childLines.length === 0) return `${name}(${extraLines[0]})`;
  return `${name}(\n  ${lines.join('\n  ')}\n)`;
}

function setTraining(self: PyValue, mode: boolean): void {
  for (const [, module] of allModules(self)) attributes(module).set('training', mode);
}

export type Method = (args: PyValue[], kwargs: Kwargs) => PyValue;

function defineNative(type: PyType, methods: Record<string, Method>): void {
  for (const [name, fn] of Object.entries(methods)) type.dict.set(name, nativeFunction(name, fn, type.name));
}

defineNative(moduleType, {
  __init__: (args) => {
    attributes(args[0]!).set('training', true);
    return None;
  },
  __call__: (args, kwargs) => call(getAttr(args[0]!, 'forward'), args.slice(1), kwargs),
  forward: (args) => {
    throw notImplemented(`Module [${typeOf(args[0]!).name}] is missing the required "forward" function`);
  },
  __repr__: (args) => moduleRepr(args[0]!),
  extra_repr: () => '',
  parameters: (args) => iterator(namedParameters(args[0]!).map(([, value]) => value)),
  named_parameters: (args) => iterator(namedParameters(args[0]!).map(pair)),
  children: (args) => iterator(children(args[0]!).map(([, child]) => child)),
  named_children: (args) => iterator(children(args[0]!).map(pair)),
  modules: (args) => iterator(allModules(args[0]!).map(([, module]) => module)),
  named_modules: (args) => iterator(allModules(args[0]!).map(pair)),
  // PyTorch 1.13's default, set_to_none=False: gradients are zeroed in place.
  zero_grad: (args, kwargs) => {
    const setToNone = bindArguments('zero_grad', 'self, set_to_none=', args, kwargs).bool('set_to_none');
    for (const [, parameter] of namedParameters(args[0]!)) {
      const tensor = parameter.tensor;
      if (!tensor.gradValue) continue;
      if (setToNone) tensor.gradValue = null;
      else tensor.gradValue = engine.zeros(tensor.gradValue.shape, tensor.gradValue.dtype);
    }
    return None;
  },
  train: (args, kwargs) => {
    setTraining(args[0]!, bindArguments('train', 'self, mode=', args, kwargs).bool('mode', true));
    return args[0]!;
  },
  eval: (args) => {
    setTraining(args[0]!, false);
    return args[0]!;
  },
  requires_grad_: (args, kwargs) => {
    const value = bindArguments('requires_grad_', 'self, requires_grad=', args, kwargs).bool('requires_grad', true);
    for (const [, parameter] of namedParameters(args[0]!)) parameter.tensor.requiresGrad = value;
    return args[0]!;
  },
});

/** A native Module subclass: its __init__ reads the constructor arguments, forward computes. */
export function moduleClass(name: string, file: string, methods: Record<string, Method>): PyType {
  const type = new PyType(name, [moduleType], `${MODULE_PATH}.${file}`);
  defineNative(type, methods);
  return type;
}

export function initModule(self: PyValue, values: Record<string, PyValue>): PyValue {
  const dict = attributes(self);
  dict.set('training', true);
  for (const [key, value] of Object.entries(values)) dict.set(key, value);
  return None;
}

export const tensorAttribute = (self: PyValue, name: string): Tensor | undefined => {
  const value = getAttrOrUndefined(self, name);
  return value instanceof PyTensor ? value.tensor : undefined;
};

export function newParameter(shape: number[], bound: number): PyTensor {
  const tensor = engine.zeros(shape, 'float32');
  random.uniformFloat32(random.defaultGenerator, tensor.storage as Float32Array, -bound, bound);
  tensor.isParameter = true;
  tensor.requiresGrad = true;
  return toPythonResult(tensor) as PyTensor;
}

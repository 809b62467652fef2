// torch.nn: the functional operations, and the Module classes tutorials start with (Module, Linear,
// activations, Sequential, MSELoss, BCEWithLogitsLoss). A module keeps its parameters and submodules as
// ordinary instance attributes; their order of assignment is the order parameters() reports, as in PyTorch.
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import * as random from '../random/index';
import { None, PyModule, PyObject, PyType, objectType, typeOf, type Kwargs, type PyValue } from '../python/objects/core';
import { PyIterator, PyTuple, iteratorTypeNamed } from '../python/objects/containers';
import { indexError, notImplemented, valueError } from '../python/objects/exceptions';
import { call } from '../python/ops/call';
import { getAttr, getAttrOrUndefined } from '../python/ops/attr';
import { repr } from '../python/ops/convert';
import { bindArguments, type BoundArgs } from './args';
import { nativeFunction } from './errors';
import { IN_PLACE } from './inplace';
import { functionalSoftmax } from './reductions';
import { toPythonResult, type OpDefinition } from './ops';
import { PyTensor, parameterType } from './tensorObject';

type Reduction = 'none' | 'mean' | 'sum';

function reduction(args: BoundArgs): Reduction {
  if (args.has('size_average') || args.has('reduce')) throw notImplemented(`${args.fn}(): size_average= and reduce= are deprecated; use reduction=`);
  const value = args.string('reduction', 'mean');
  if (value !== 'none' && value !== 'mean' && value !== 'sum') throw valueError(`${value} is not a valid value for reduction`);
  return value;
}

/** F.linear: addmm for a batch (PyTorch's fused path), matmul then add otherwise. */
function linear(input: Tensor, weight: Tensor, bias: Tensor | undefined): Tensor {
  if (input.ndim === 2 && bias) return engine.addmm(bias, input, engine.t(weight));
  if (input.ndim > 2) throw notImplemented('linear(): inputs with more than 2 dims are not supported in agnb yet');
  const product = engine.matmul(input, engine.t(weight));
  return bias ? engine.add(product, bias) : product;
}

function bceWithLogits(a: BoundArgs): Tensor {
  if (a.has('weight') || a.has('pos_weight')) throw notImplemented(`${a.fn}(): weight= and pos_weight= are not supported in agnb yet`);
  return engine.binaryCrossEntropyWithLogits(a.tensor('input'), a.tensor('target'), reduction(a));
}

export const NN_FUNCTIONAL: Record<string, OpDefinition> = {
  relu: { signature: 'input, inplace=', run: (a) => (a.bool('inplace') ? IN_PLACE.relu_!.run(a) : engine.relu(a.tensor('input'))) },
  sigmoid: { signature: 'input', run: (a) => engine.sigmoid(a.tensor('input')) },
  tanh: { signature: 'input', run: (a) => engine.tanh(a.tensor('input')) },
  softmax: functionalSoftmax('softmax'),
  log_softmax: functionalSoftmax('log_softmax'),
  linear: { signature: 'input, weight, bias=', run: (a) => linear(a.tensor('input'), a.tensor('weight'), a.optionalTensor('bias')) },
  mse_loss: { signature: 'input, target, size_average=, reduce=, reduction=', run: (a) => engine.mseLoss(a.tensor('input'), a.tensor('target'), reduction(a)) },
  binary_cross_entropy_with_logits: { signature: 'input, target, weight=, size_average=, reduce=, reduction=, pos_weight=', run: bceWithLogits },
};

// ---- Module

const MODULE_PATH = 'torch.nn.modules';
export const moduleType = new PyType('Module', [objectType], `${MODULE_PATH}.module`);
moduleType.instancesHaveDict = true;

const attributes = (self: PyValue): Map<string, PyValue> => (self as PyObject).dict!;
const isModule = (value: PyValue): value is PyObject => typeOf(value).isSubtypeOf(moduleType);
const isParameter = (value: PyValue): value is PyTensor => value instanceof PyTensor && value.cls.isSubtypeOf(parameterType);

function children(self: PyValue): Array<[string, PyObject]> {
  return [...attributes(self)].filter((entry): entry is [string, PyObject] => isModule(entry[1]));
}

/** Own parameters first, then each submodule's, depth first, each parameter once. */
function namedParameters(self: PyValue, prefix = '', seen = new Set<PyValue>()): Array<[string, PyTensor]> {
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

function iterator(items: PyValue[]): PyIterator {
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

type Method = (args: PyValue[], kwargs: Kwargs) => PyValue;

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
function moduleClass(name: string, file: string, methods: Record<string, Method>): PyType {
  const type = new PyType(name, [moduleType], `${MODULE_PATH}.${file}`);
  defineNative(type, methods);
  return type;
}

function initModule(self: PyValue, values: Record<string, PyValue>): PyValue {
  const dict = attributes(self);
  dict.set('training', true);
  for (const [key, value] of Object.entries(values)) dict.set(key, value);
  return None;
}

const tensorAttribute = (self: PyValue, name: string): Tensor | undefined => {
  const value = getAttrOrUndefined(self, name);
  return value instanceof PyTensor ? value.tensor : undefined;
};

function newParameter(shape: number[], bound: number): PyTensor {
  const tensor = engine.zeros(shape, 'float32');
  random.uniformFloat32(random.defaultGenerator, tensor.storage as Float32Array, -bound, bound);
  tensor.isParameter = true;
  tensor.requiresGrad = true;
  return toPythonResult(tensor) as PyTensor;
}

const linearType = moduleClass('Linear', 'linear', {
  __init__: (args, kwargs) => {
    const a = bindArguments('Linear', 'self, in_features, out_features, bias=, device=, dtype=', args, kwargs);
    const inFeatures = a.int('in_features');
    const outFeatures = a.int('out_features');
    // reset_parameters(): kaiming_uniform_ on the weight, then the bias, from the default generator.
    const bounds = random.linearInitBounds(inFeatures);
    const weight = newParameter([outFeatures, inFeatures], bounds.weight);
    const bias = a.bool('bias', true) ? newParameter([outFeatures], bounds.bias) : None;
    return initModule(args[0]!, { in_features: inFeatures, out_features: outFeatures, weight, bias });
  },
  forward: (args, kwargs) => {
    const input = bindArguments('forward', 'self, input', args, kwargs).tensor('input');
    return toPythonResult(linear(input, tensorAttribute(args[0]!, 'weight')!, tensorAttribute(args[0]!, 'bias')));
  },
  extra_repr: (args) => {
    const self = args[0]!;
    return `in_features=${repr(getAttr(self, 'in_features'))}, out_features=${repr(getAttr(self, 'out_features'))}, bias=${getAttr(self, 'bias') !== None ? 'True' : 'False'}`;
  },
});

/** Activations: modules without state whose forward applies one function. */
function activation(name: string, fn: (input: Tensor) => Tensor): PyType {
  return moduleClass(name, 'activation', {
    __init__: (args) => initModule(args[0]!, {}),
    forward: (args, kwargs) => toPythonResult(fn(bindArguments('forward', 'self, input', args, kwargs).tensor('input'))),
  });
}

function lossClass(name: string, compute: (input: Tensor, target: Tensor, reduction: Reduction, a: BoundArgs) => Tensor): PyType {
  return moduleClass(name, 'loss', {
    __init__: (args, kwargs) => {
      const a = bindArguments(name, 'self, weight=, size_average=, reduce=, reduction=, pos_weight=', args, kwargs);
      return initModule(args[0]!, { reduction: reduction(a) });
    },
    forward: (args, kwargs) => {
      const a = bindArguments('forward', 'self, input, target', args, kwargs);
      return toPythonResult(compute(a.tensor('input'), a.tensor('target'), getAttr(args[0]!, 'reduction') as Reduction, a));
    },
  });
}

const sequentialType = moduleClass('Sequential', 'container', {
  __init__: (args) => {
    const modules: Record<string, PyValue> = {};
    args.slice(1).forEach((module, i) => (modules[String(i)] = module));
    return initModule(args[0]!, modules);
  },
  forward: (args) => children(args[0]!).reduce<PyValue>((value, [, module]) => call(module, [value]), args[1]!),
  __len__: (args) => children(args[0]!).length,
  __iter__: (args) => iterator(children(args[0]!).map(([, module]) => module)),
  __getitem__: (args) => {
    const modules = children(args[0]!);
    const index = Number(args[1]);
    const module = modules[index < 0 ? index + modules.length : index];
    if (!module) throw indexError(`index ${index} is out of range`);
    return module[1];
  },
});

/** The torch.nn attributes. */
export function installNn(nn: PyModule): void {
  const entries: Record<string, PyValue> = {
    Module: moduleType,
    Linear: linearType,
    ReLU: activation('ReLU', engine.relu),
    Sigmoid: activation('Sigmoid', engine.sigmoid),
    Tanh: activation('Tanh', engine.tanh),
    Sequential: sequentialType,
    MSELoss: lossClass('MSELoss', (input, target, r) => engine.mseLoss(input, target, r)),
    BCEWithLogitsLoss: lossClass('BCEWithLogitsLoss', (input, target, r) => engine.binaryCrossEntropyWithLogits(input, target, r)),
  };
  for (const [name, value] of Object.entries(entries)) nn.dict!.set(name, value);
}

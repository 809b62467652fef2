// Activation modules: forward applies one function of torch.nn.functional with the module's settings.
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import { None, type PyType, type PyValue } from '../../python/objects/core';
import { getAttr } from '../../python/ops/attr';
import { repr, truthy } from '../../python/ops/convert';
import { IN_PLACE } from '../inplace';
import { wrapTensor } from '../tensorObject';
import { NN_FUNCTIONAL } from './functional';
import { attrNumber, attrText, layerClass, pyFloat } from './module';
import { bindArguments, type BoundArgs } from '../args';

const inplaceOf = (self: PyValue) => truthy(getAttr(self, 'inplace'));
const inplaceText = (self: PyValue) => (inplaceOf(self) ? ', inplace=True' : '');

/** A module without settings: forward is `fn(input)`. */
function plain(name: string, fn: (input: Tensor) => Tensor): PyType {
  return layerClass(name, 'activation', { signature: '', init: () => ({}), forward: (_self, input) => fn(input) });
}

/** Runs F.name with keyword arguments taken from the module (how the module's forward calls it). */
function functional(name: string, input: Tensor, kwargs: Record<string, PyValue>): Tensor {
  const definition = NN_FUNCTIONAL[name]!;
  return definition.run(bindArguments(name, definition.signature, [wrapTensor(input)], new Map(Object.entries(kwargs)))) as Tensor;
}

const inplaceFlag = (a: BoundArgs) => a.bool('inplace');

const reluType = layerClass('ReLU', 'activation', {
  signature: 'inplace=',
  init: (a) => ({ inplace: inplaceFlag(a) }),
  forward: (self, input) => (inplaceOf(self) ? (IN_PLACE.relu_!.run(bindArguments('relu_', 'input', [wrapTensor(input)], null)) as Tensor) : engine.relu(input)),
  extraRepr: (self) => (inplaceOf(self) ? 'inplace=True' : ''),
});

const leakyReluType = layerClass('LeakyReLU', 'activation', {
  signature: 'negative_slope=, inplace=',
  init: (a) => ({ negative_slope: a.raw('negative_slope') ?? pyFloat(0.01), inplace: inplaceFlag(a) }),
  forward: (self, input) => functional('leaky_relu', input, { negative_slope: getAttr(self, 'negative_slope'), inplace: inplaceOf(self) }),
  extraRepr: (self) => `negative_slope=${attrText(self, 'negative_slope')}${inplaceText(self)}`,
});

const eluType = layerClass('ELU', 'activation', {
  signature: 'alpha=, inplace=',
  init: (a) => ({ alpha: a.raw('alpha') ?? pyFloat(1), inplace: inplaceFlag(a) }),
  forward: (self, input) => functional('elu', input, { alpha: getAttr(self, 'alpha'), inplace: inplaceOf(self) }),
  extraRepr: (self) => `alpha=${attrText(self, 'alpha')}${inplaceText(self)}`,
});

const geluType = layerClass('GELU', 'activation', {
  signature: 'approximate=',
  init: (a) => ({ approximate: a.string('approximate', 'none') }),
  forward: (self, input) => functional('gelu', input, { approximate: getAttr(self, 'approximate') }),
  extraRepr: (self) => `approximate=${repr(getAttr(self, 'approximate'))}`,
});

const siluType = layerClass('SiLU', 'activation', {
  signature: 'inplace=',
  init: (a) => ({ inplace: inplaceFlag(a) }),
  forward: (self, input) => functional('silu', input, { inplace: inplaceOf(self) }),
  extraRepr: (self) => (inplaceOf(self) ? 'inplace=True' : ''),
});

const softplusType = layerClass('Softplus', 'activation', {
  signature: 'beta=, threshold=',
  init: (a) => ({ beta: a.raw('beta') ?? 1, threshold: a.raw('threshold') ?? 20 }),
  forward: (self, input) => engine.softplus(input, attrNumber(self, 'beta'), attrNumber(self, 'threshold')),
  extraRepr: (self) => `beta=${attrText(self, 'beta')}, threshold=${attrText(self, 'threshold')}`,
});

/** Softmax and LogSoftmax keep dim (None: the deprecated implicit choice, with PyTorch's warning). */
function softmaxModule(name: string, fn: 'softmax' | 'log_softmax'): PyType {
  return layerClass(name, 'activation', {
    signature: 'dim=',
    init: (a) => ({ dim: a.raw('dim') ?? None }),
    forward: (self, input) => functional(fn, input, { dim: getAttr(self, 'dim'), _stacklevel: 5 }),
    extraRepr: (self) => `dim=${attrText(self, 'dim')}`,
  });
}

export const ACTIVATION_MODULES: Record<string, PyType> = {
  ReLU: reluType,
  LeakyReLU: leakyReluType,
  ELU: eluType,
  GELU: geluType,
  SiLU: siluType,
  Sigmoid: plain('Sigmoid', engine.sigmoid),
  Tanh: plain('Tanh', engine.tanh),
  Softplus: softplusType,
  Softmax: softmaxModule('Softmax', 'softmax'),
  LogSoftmax: softmaxModule('LogSoftmax', 'log_softmax'),
};

// Activation modules: forward applies one function of torch.nn.functional with the module's settings.
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import { None, type PyType, type PyValue } from '../../python/objects/core';
import { getAttr } from '../../python/ops/attr';
import { repr, truthy } from '../../python/ops/convert';
import { IN_PLACE } from '../inplace';
import { wrapTensor } from '../tensorObject';
import { NN_FUNCTIONAL } from './functional';
import { attrNumber, attrText, layerClass, parameterFrom, pyFloat, tensorAttribute } from './module';
import { AssertionError, pyError } from '../../python/objects/exceptions';
import { floatValue } from '../../python/ops/convert';
import { warn } from '../../tensor/errors';
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
function softmaxModule(name: string, fn: 'softmax' | 'log_softmax' | 'softmin'): PyType {
  return layerClass(name, 'activation', {
    signature: 'dim=',
    init: (a) => ({ dim: a.raw('dim') ?? None }),
    forward: (self, input) => functional(fn, input, { dim: getAttr(self, 'dim'), _stacklevel: 5 }),
    extraRepr: (self) => `dim=${attrText(self, 'dim')}`,
  });
}

/** A module whose only setting is inplace=, shown by extra_repr (`repr`) or not (Hardsigmoid, Hardswish). */
function inplaceOnly(name: string, fn: string, repr: boolean): PyType {
  return layerClass(name, 'activation', {
    signature: 'inplace=',
    init: (a) => ({ inplace: inplaceFlag(a) }),
    forward: (self, input) => functional(fn, input, { inplace: inplaceOf(self) }),
    ...(repr ? { extraRepr: (self: PyValue) => (inplaceOf(self) ? 'inplace=True' : '') } : {}),
  });
}

/** Hardtanh's bounds, with the deprecated min_value= and max_value= spellings (which warn). */
function hardtanhInit(a: BoundArgs): Record<string, PyValue> {
  let minVal = a.raw('min_val') ?? pyFloat(-1);
  let maxVal = a.raw('max_val') ?? pyFloat(1);
  if (a.has('min_value')) {
    warn('keyword argument min_value is deprecated and rename to min_val', ACTIVATION_WARNING(222));
    minVal = a.raw('min_value')!;
  }
  if (a.has('max_value')) {
    warn('keyword argument max_value is deprecated and rename to max_val', ACTIVATION_WARNING(225));
    maxVal = a.raw('max_value')!;
  }
  if (!((floatValue(maxVal) ?? NaN) > (floatValue(minVal) ?? NaN))) throw pyError(AssertionError, '');
  return { min_val: minVal, max_val: maxVal, inplace: inplaceFlag(a) };
}

const ACTIVATION_WARNING = (line: number) => ({
  file: '/usr/lib/python3/dist-packages/torch/nn/modules/activation.py',
  line,
  source: line === 222 ? "warnings.warn(\"keyword argument min_value is deprecated and rename to min_val\")" : "warnings.warn(\"keyword argument max_value is deprecated and rename to max_val\")",
});

const hardtanhType = layerClass('Hardtanh', 'activation', {
  signature: 'min_val=, max_val=, inplace=, min_value=, max_value=',
  init: hardtanhInit,
  forward: (self, input) => functional('hardtanh', input, { min_val: getAttr(self, 'min_val'), max_val: getAttr(self, 'max_val'), inplace: inplaceOf(self) }),
  extraRepr: (self) => `min_val=${attrText(self, 'min_val')}, max_val=${attrText(self, 'max_val')}${inplaceText(self)}`,
});

const relu6Type = layerClass('ReLU6', 'activation', {
  signature: 'inplace=',
  init: (a) => ({ min_val: pyFloat(0), max_val: pyFloat(6), inplace: inplaceFlag(a) }),
  forward: (self, input) => functional('hardtanh', input, { min_val: getAttr(self, 'min_val'), max_val: getAttr(self, 'max_val'), inplace: inplaceOf(self) }),
  extraRepr: (self) => (inplaceOf(self) ? 'inplace=True' : ''),
});

const celuType = layerClass('CELU', 'activation', {
  signature: 'alpha=, inplace=',
  init: (a) => ({ alpha: a.raw('alpha') ?? pyFloat(1), inplace: inplaceFlag(a) }),
  forward: (self, input) => functional('celu', input, { alpha: getAttr(self, 'alpha'), inplace: inplaceOf(self) }),
  extraRepr: (self) => `alpha=${attrText(self, 'alpha')}${inplaceText(self)}`,
});

const thresholdType = layerClass('Threshold', 'activation', {
  signature: 'threshold, value, inplace=',
  init: (a) => ({ threshold: a.raw('threshold')!, value: a.raw('value')!, inplace: inplaceFlag(a) }),
  forward: (self, input) => functional('threshold', input, { threshold: getAttr(self, 'threshold'), value: getAttr(self, 'value'), inplace: inplaceOf(self) }),
  extraRepr: (self) => `threshold=${attrText(self, 'threshold')}, value=${attrText(self, 'value')}${inplaceText(self)}`,
});

const rreluType = layerClass('RReLU', 'activation', {
  signature: 'lower=, upper=, inplace=',
  init: (a) => ({ lower: a.raw('lower') ?? pyFloat(1 / 8), upper: a.raw('upper') ?? pyFloat(1 / 3), inplace: inplaceFlag(a) }),
  forward: (self, input) =>
    functional('rrelu', input, { lower: getAttr(self, 'lower'), upper: getAttr(self, 'upper'), training: getAttr(self, 'training'), inplace: inplaceOf(self) }),
  extraRepr: (self) => `lower=${attrText(self, 'lower')}, upper=${attrText(self, 'upper')}${inplaceText(self)}`,
});

/** Hardshrink and Softshrink keep lambd, which extra_repr shows bare. */
function shrinkModule(name: string, fn: string): PyType {
  return layerClass(name, 'activation', {
    signature: 'lambd=',
    init: (a) => ({ lambd: a.raw('lambd') ?? pyFloat(0.5) }),
    forward: (self, input) => functional(fn, input, { lambd: getAttr(self, 'lambd') }),
    extraRepr: (self) => attrText(self, 'lambd'),
  });
}

const gluType = layerClass('GLU', 'activation', {
  signature: 'dim=',
  init: (a) => ({ dim: a.raw('dim') ?? -1 }),
  forward: (self, input) => functional('glu', input, { dim: getAttr(self, 'dim') }),
  extraRepr: (self) => `dim=${attrText(self, 'dim')}`,
});

/** PReLU: one learnable slope per channel (or one shared), a Parameter filled with init. */
const preluType = layerClass('PReLU', 'activation', {
  signature: 'num_parameters=, init=, device=, dtype=',
  init: (a) => {
    const count = a.int('num_parameters', 1);
    const weight = engine.full([count], a.number('init', 0.25), 'float32');
    return { num_parameters: count, weight: parameterFrom(weight) };
  },
  forward: (self, input) => engine.prelu(input, tensorAttribute(self, 'weight')!),
  extraRepr: (self) => `num_parameters=${attrText(self, 'num_parameters')}`,
});

/** Softmax2d: softmax over the channel dim (-3) of a 3-d or 4-d input. */
const softmax2dType = layerClass('Softmax2d', 'activation', {
  signature: '',
  init: () => ({}),
  forward: (_self, input) => {
    if (input.ndim !== 4 && input.ndim !== 3) throw pyError(AssertionError, 'Softmax2d requires a 3D or 4D tensor as input');
    return engine.softmax(input, -3);
  },
});

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
  Softmin: softmaxModule('Softmin', 'softmin'),
  Softmax2d: softmax2dType,
  Hardtanh: hardtanhType,
  ReLU6: relu6Type,
  SELU: inplaceOnly('SELU', 'selu', true),
  CELU: celuType,
  Threshold: thresholdType,
  Hardsigmoid: inplaceOnly('Hardsigmoid', 'hardsigmoid', false),
  Hardswish: inplaceOnly('Hardswish', 'hardswish', false),
  Mish: inplaceOnly('Mish', 'mish', true),
  PReLU: preluType,
  Softsign: plain('Softsign', (input) => functional('softsign', input, {})),
  Tanhshrink: plain('Tanhshrink', (input) => functional('tanhshrink', input, {})),
  Hardshrink: shrinkModule('Hardshrink', 'hardshrink'),
  Softshrink: shrinkModule('Softshrink', 'softshrink'),
  LogSigmoid: plain('LogSigmoid', engine.logSigmoid),
  GLU: gluType,
  RReLU: rreluType,
};

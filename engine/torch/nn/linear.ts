// Identity, Linear (y = x W^T + b) and Bilinear (y = x1 W x2 + b), initialised like PyTorch's reset_parameters.
import { None, type PyType, type PyValue } from '../../python/objects/core';
import * as random from '../../random/index';
import { bilinear, linear } from './functional';
import { bindPythonArguments } from '../pythonArgs';
import { attrText, initModule, layerClass, moduleClass, newParameter, tensorAttribute } from './module';

const withBias = (self: PyValue, text: string) => `${text}, bias=${tensorAttribute(self, 'bias') ? 'True' : 'False'}`;

/** Identity(*args, **kwargs): any arguments are accepted and ignored; forward returns its input. */
const identityType = moduleClass('Identity', 'linear', {
  __init__: (args) => initModule(args[0]!, {}),
  forward: (args, kwargs) => bindPythonArguments('Identity.forward', 'self, input', args, kwargs).raw('input') ?? None,
});

const linearType = layerClass('Linear', 'linear', {
  signature: 'in_features, out_features, bias=, device=, dtype=',
  init: (a) => {
    const inFeatures = a.int('in_features');
    const outFeatures = a.int('out_features');
    // reset_parameters(): kaiming_uniform_ on the weight, then the bias, from the default generator.
    const bounds = random.linearInitBounds(inFeatures);
    const weight = newParameter([outFeatures, inFeatures], bounds.weight);
    const bias = a.bool('bias', true) ? newParameter([outFeatures], bounds.bias) : None;
    return { in_features: inFeatures, out_features: outFeatures, weight, bias };
  },
  forward: (self, input) => linear(input, tensorAttribute(self, 'weight')!, tensorAttribute(self, 'bias')),
  extraRepr: (self) => withBias(self, `in_features=${attrText(self, 'in_features')}, out_features=${attrText(self, 'out_features')}`),
});

const bilinearType = layerClass('Bilinear', 'linear', {
  signature: 'in1_features, in2_features, out_features, bias=, device=, dtype=',
  init: (a) => {
    const in1 = a.int('in1_features');
    const in2 = a.int('in2_features');
    const out = a.int('out_features');
    // reset_parameters(): weight then bias uniform(-1/sqrt(in1), 1/sqrt(in1)).
    const bound = 1 / Math.sqrt(in1);
    const weight = newParameter([out, in1, in2], bound);
    const bias = a.bool('bias', true) ? newParameter([out], bound) : None;
    return { in1_features: in1, in2_features: in2, out_features: out, weight, bias };
  },
  forwardSignature: 'input1, input2',
  forward: (self, input1, a) => bilinear(input1, a.tensor('input2'), tensorAttribute(self, 'weight')!, tensorAttribute(self, 'bias')),
  extraRepr: (self) =>
    withBias(self, `in1_features=${attrText(self, 'in1_features')}, in2_features=${attrText(self, 'in2_features')}, out_features=${attrText(self, 'out_features')}`),
});

export const LINEAR_MODULES: Record<string, PyType> = { Identity: identityType, Linear: linearType, Bilinear: bilinearType };

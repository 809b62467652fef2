// nn.Linear: y = x W^T + b, initialised like PyTorch's reset_parameters.
import type { PyType } from '../../python/objects/core';
import { None } from '../../python/objects/core';
import { getAttr } from '../../python/ops/attr';
import { repr } from '../../python/ops/convert';
import * as random from '../../random/index';
import { bindArguments } from '../args';
import { toPythonResult } from '../ops';
import { linear } from './functional';
import { initModule, moduleClass, newParameter, tensorAttribute } from './module';

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

export const LINEAR_MODULES: Record<string, PyType> = { Linear: linearType };

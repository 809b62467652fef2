// Activation modules: no state, forward applies one function.
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import type { PyType } from '../../python/objects/core';
import { bindArguments } from '../args';
import { toPythonResult } from '../ops';
import { initModule, moduleClass } from './module';

function activation(name: string, fn: (input: Tensor) => Tensor): PyType {
  return moduleClass(name, 'activation', {
    __init__: (args) => initModule(args[0]!, {}),
    forward: (args, kwargs) => toPythonResult(fn(bindArguments('forward', 'self, input', args, kwargs).tensor('input'))),
  });
}

export const ACTIVATION_MODULES: Record<string, PyType> = {
  ReLU: activation('ReLU', engine.relu),
  Sigmoid: activation('Sigmoid', engine.sigmoid),
  Tanh: activation('Tanh', engine.tanh),
};

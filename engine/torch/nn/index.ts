// torch.nn and torch.nn.functional. Each file holds one family of layers (like torch/nn/modules/*.py) and
// exports its classes; installNn puts them all into the torch.nn module.
import type { PyModule, PyType } from '../../python/objects/core';
import { ACTIVATION_MODULES } from './activation';
import { CONTAINER_MODULES } from './container';
import { CONV_MODULES } from './conv';
import { LAYER_MODULES } from './layers';
import { LINEAR_MODULES } from './linear';
import { LOSS_MODULES } from './loss';
import { moduleType } from './module';
import { NORMALIZATION_MODULES } from './normalization';
import { POOLING_MODULES } from './pooling';

export { NN_FUNCTIONAL, TORCH_ACTIVATIONS } from './functional';
export { NN_INIT } from './init';
export { moduleType } from './module';

const FAMILIES: Array<Record<string, PyType>> = [
  { Module: moduleType },
  LINEAR_MODULES,
  ACTIVATION_MODULES,
  LAYER_MODULES,
  CONTAINER_MODULES,
  LOSS_MODULES,
  CONV_MODULES,
  POOLING_MODULES,
  NORMALIZATION_MODULES,
];

/** Adds the layer classes to torch.nn. */
export function installNn(nn: PyModule): void {
  for (const family of FAMILIES) for (const [name, type] of Object.entries(family)) nn.dict!.set(name, type);
}

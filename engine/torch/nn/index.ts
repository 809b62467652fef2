// torch.nn and torch.nn.functional. Each file holds one family of layers (like torch/nn/modules/*.py) and
// exports its classes; installNn puts them all into the torch.nn module.
import type { PyModule, PyType } from '../../python/objects/core';
import { ACTIVATION_MODULES } from './activation';
import { CONTAINER_MODULES } from './container';
import { LINEAR_MODULES } from './linear';
import { LOSS_MODULES } from './loss';
import { moduleType } from './module';

export { NN_FUNCTIONAL } from './functional';
export { moduleType } from './module';

const FAMILIES: Array<Record<string, PyType>> = [{ Module: moduleType }, LINEAR_MODULES, ACTIVATION_MODULES, CONTAINER_MODULES, LOSS_MODULES];

/** Adds the layer classes to torch.nn. */
export function installNn(nn: PyModule): void {
  for (const family of FAMILIES) for (const [name, type] of Object.entries(family)) nn.dict!.set(name, type);
}

// torch.optim and torch.optim.lr_scheduler as importable modules.
import { PyNativeFunction } from '../../python/objects/functions';
import { attributeError } from '../../python/objects/exceptions';
import { registerModule } from '../../python/modules';
import { runtime } from '../../python/runtime';
import { registerSourceModule } from '../../python/stdlib/sourceModules';
import { module } from '../module';
import { OPTIMIZERS } from './algorithms';
import { LR_SCHEDULERS } from './lrScheduler';
import { optimizerType } from './optimizer';
import compositeSchedulersSource from './source/composite_schedulers.py';
import pythonOptimizersSource from './source/optimizers.py';

const COMPOSITE_SCHEDULERS = '_composite_schedulers';
registerSourceModule(`torch.optim.${COMPOSITE_SCHEDULERS}`, compositeSchedulersSource);

/** The schedulers written in agnb Python, compiled the first time one of them is named. */
const compositeSchedulers = new PyNativeFunction('__getattr__', ([name]) => {
  const schedulers = runtime.modules.import(`torch.optim.${COMPOSITE_SCHEDULERS}`).dict!;
  const found = typeof name === 'string' && !name.startsWith('_') ? schedulers.get(name) : undefined;
  if (found === undefined) throw attributeError(`module 'torch.optim.lr_scheduler' has no attribute '${String(name)}'`);
  return found;
});

registerModule('torch.optim.lr_scheduler', () => module('torch.optim.lr_scheduler', { ...LR_SCHEDULERS, __getattr__: compositeSchedulers }));

const PYTHON_OPTIMIZERS = '_python_optimizers';
registerSourceModule(`torch.optim.${PYTHON_OPTIMIZERS}`, pythonOptimizersSource);

/** NAdam, RAdam, Rprop and ASGD, written in agnb Python, compiled the first time one of them is named. */
const pythonOptimizers = new PyNativeFunction('__getattr__', ([name]) => {
  const optimizers = runtime.modules.import(`torch.optim.${PYTHON_OPTIMIZERS}`).dict!;
  const found = typeof name === 'string' && ['NAdam', 'RAdam', 'Rprop', 'ASGD'].includes(name) ? optimizers.get(name) : undefined;
  if (found === undefined) throw attributeError(`module 'torch.optim' has no attribute '${String(name)}'`);
  return found;
});

registerModule('torch.optim', () =>
  module('torch.optim', { Optimizer: optimizerType, ...OPTIMIZERS, lr_scheduler: runtime.modules.import('torch.optim.lr_scheduler'), __getattr__: pythonOptimizers }),
);

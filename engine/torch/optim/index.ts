// torch.optim and torch.optim.lr_scheduler as importable modules.
import { registerModule } from '../../python/modules';
import { runtime } from '../../python/runtime';
import { module } from '../module';
import { OPTIMIZERS } from './algorithms';
import { LR_SCHEDULERS } from './lrScheduler';
import { optimizerType } from './optimizer';

registerModule('torch.optim.lr_scheduler', () => module('torch.optim.lr_scheduler', LR_SCHEDULERS));

registerModule('torch.optim', () => module('torch.optim', { Optimizer: optimizerType, ...OPTIMIZERS, lr_scheduler: runtime.modules.import('torch.optim.lr_scheduler') }));

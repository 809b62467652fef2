// torch.optim and torch.optim.lr_scheduler as importable modules.
import { registerModule } from '../../python/modules';
import { module } from '../module';
import { OPTIMIZERS } from './algorithms';
import { optimizerType } from './optimizer';

registerModule('torch.optim', () => module('torch.optim', { Optimizer: optimizerType, ...OPTIMIZERS }));

// Loss modules: the reduction is fixed at construction, forward(input, target) computes the loss.
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import type { PyType } from '../../python/objects/core';
import { getAttr } from '../../python/ops/attr';
import { bindArguments, type BoundArgs } from '../args';
import { toPythonResult } from '../ops';
import { reduction, type Reduction } from './functional';
import { initModule, moduleClass } from './module';

function lossClass(name: string, compute: (input: Tensor, target: Tensor, reduction: Reduction, a: BoundArgs) => Tensor): PyType {
  return moduleClass(name, 'loss', {
    __init__: (args, kwargs) => {
      const a = bindArguments(name, 'self, weight=, size_average=, reduce=, reduction=, pos_weight=', args, kwargs);
      return initModule(args[0]!, { reduction: reduction(a) });
    },
    forward: (args, kwargs) => {
      const a = bindArguments('forward', 'self, input, target', args, kwargs);
      return toPythonResult(compute(a.tensor('input'), a.tensor('target'), getAttr(args[0]!, 'reduction') as Reduction, a));
    },
  });
}

export const LOSS_MODULES: Record<string, PyType> = {
  MSELoss: lossClass('MSELoss', (input, target, r) => engine.mseLoss(input, target, r)),
  BCEWithLogitsLoss: lossClass('BCEWithLogitsLoss', (input, target, r) => engine.binaryCrossEntropyWithLogits(input, target, r)),
};

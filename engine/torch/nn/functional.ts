// torch.nn.functional: the functions behind the modules, one table entry each (see ../ops.ts).
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import { notImplemented, valueError } from '../../python/objects/exceptions';
import type { BoundArgs } from '../args';
import { IN_PLACE } from '../inplace';
import { functionalSoftmax } from '../reductions';
import type { OpDefinition } from '../ops';
import { CONV_FUNCTIONAL } from './conv';
import { NORMALIZATION_FUNCTIONAL } from './normalization';
import { POOLING_FUNCTIONAL } from './pooling';

export type Reduction = 'none' | 'mean' | 'sum';

/** The reduction= argument of a loss. */
export function reduction(args: BoundArgs): Reduction {
  if (args.has('size_average') || args.has('reduce')) throw notImplemented(`${args.fn}(): size_average= and reduce= are deprecated; use reduction=`);
  const value = args.string('reduction', 'mean');
  if (value !== 'none' && value !== 'mean' && value !== 'sum') throw valueError(`${value} is not a valid value for reduction`);
  return value;
}

/** F.linear: addmm for a batch (PyTorch's fused path), matmul then add otherwise. */
export function linear(input: Tensor, weight: Tensor, bias: Tensor | undefined): Tensor {
  if (input.ndim === 2 && bias) return engine.addmm(bias, input, engine.t(weight));
  if (input.ndim > 2) throw notImplemented('linear(): inputs with more than 2 dims are not supported in agnb yet');
  const product = engine.matmul(input, engine.t(weight));
  return bias ? engine.add(product, bias) : product;
}

function bceWithLogits(a: BoundArgs): Tensor {
  if (a.has('weight') || a.has('pos_weight')) throw notImplemented(`${a.fn}(): weight= and pos_weight= are not supported in agnb yet`);
  return engine.binaryCrossEntropyWithLogits(a.tensor('input'), a.tensor('target'), reduction(a));
}

export const NN_FUNCTIONAL: Record<string, OpDefinition> = {
  relu: { signature: 'input, inplace=', run: (a) => (a.bool('inplace') ? IN_PLACE.relu_!.run(a) : engine.relu(a.tensor('input'))) },
  sigmoid: { signature: 'input', run: (a) => engine.sigmoid(a.tensor('input')) },
  tanh: { signature: 'input', run: (a) => engine.tanh(a.tensor('input')) },
  softmax: functionalSoftmax('softmax'),
  log_softmax: functionalSoftmax('log_softmax'),
  linear: { signature: 'input, weight, bias=', run: (a) => linear(a.tensor('input'), a.tensor('weight'), a.optionalTensor('bias')) },
  mse_loss: { signature: 'input, target, size_average=, reduce=, reduction=', run: (a) => engine.mseLoss(a.tensor('input'), a.tensor('target'), reduction(a)) },
  binary_cross_entropy_with_logits: { signature: 'input, target, weight=, size_average=, reduce=, reduction=, pos_weight=', run: bceWithLogits },
  ...CONV_FUNCTIONAL,
  ...POOLING_FUNCTIONAL,
  ...NORMALIZATION_FUNCTIONAL,
};

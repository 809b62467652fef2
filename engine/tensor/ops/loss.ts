// Loss functions, computed with the same sequence of elementwise steps as PyTorch so they round alike.
import { valueError } from '../errors';
import type { Tensor } from '../tensor';
import { add, mul, mulScalar, neg, rsub, sub, divScalar } from './arithmetic';
import { binary, promoteOperands, wrapNumber, type BinaryKernel } from './elementwise';
import { exp, log, sigmoid } from './unaryMath';
import { record } from './record';
import { mean, sum, sumToShape } from './reduce';
import { detach } from './copy';
import { withGradMode } from '../autograd/gradMode';
import { clampMin } from './clamp';
import { expand } from './views';

export type Reduction = 'none' | 'mean' | 'sum';

function reduce(loss: Tensor, reduction: Reduction): Tensor {
  return reduction === 'mean' ? mean(loss) : reduction === 'sum' ? sum(loss) : loss;
}

/**
 * binary_cross_entropy_with_logits without weights:
 * loss = (1 - target) * input + max_val + log(exp(-max_val) + exp(-input - max_val)), max_val = clamp_min(-input, 0).
 * Recorded as one node, BinaryCrossEntropyWithLogitsBackward0, whose backward is (sigmoid(input) - target) * grad.
 */
export function binaryCrossEntropyWithLogits(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  if (input.shape.length !== target.shape.length || input.shape.some((size, d) => size !== target.shape[d])) {
    throw valueError(`Target size (torch.Size([${target.shape.join(', ')}])) must be the same as input size (torch.Size([${input.shape.join(', ')}]))`);
  }
  const loss = withGradMode(false, () => {
    const x = detach(input);
    const maxVal = clampMin(neg(x), 0);
    const logTerm = log(add(exp(neg(maxVal)), exp(sub(neg(x), maxVal))));
    return reduce(add(add(mul(rsub(target, wrapNumber(1, 'int64')), x), maxVal), logTerm), reduction);
  });
  const count = input.numel;
  record(
    'BinaryCrossEntropyWithLogitsBackward0',
    [input, target],
    loss,
    ([grad], [savedInput, savedTarget]) => {
      const gradInput = mul(sub(sigmoid(savedInput!), savedTarget!), grad!);
      return [reduction === 'mean' ? divScalar(gradInput, count) : gradInput, null];
    },
    [input, target],
  );
  return loss;
}

/** (input - target)^2 per element, each step rounded to the dtype like PyTorch's mse kernel. */
function squaredErrorKernel(round: (x: number) => number): BinaryKernel {
  return (a, b, out, n) => {
    for (let i = 0; i < n; i++) {
      const diff = round(a[i]! - b[i]!);
      out[i] = diff * diff;
    }
  };
}

/**
 * mse_loss: the squared errors, then their mean or sum (PyTorch's reduction order), recorded as one node,
 * MseLossBackward0, whose backward is norm * (input - target) * grad with norm = 2 / numel for 'mean', else 2.
 */
export function mseLoss(input: Tensor, target: Tensor, reduction: Reduction = 'mean'): Tensor {
  const dtype = promoteOperands(input, target);
  const round = dtype === 'float32' ? Math.fround : (x: number) => x;
  const loss = withGradMode(false, () => reduce(binary(detach(input), detach(target), squaredErrorKernel(round), dtype), reduction));
  const norm = round(reduction === 'mean' ? 2 / Math.max(input.numel, target.numel) : 2);
  record(
    'MseLossBackward0',
    [input, target],
    loss,
    ([grad], [savedInput, savedTarget]) => {
      const gradInput = mseLossBackward(grad!, savedInput!, savedTarget!, norm, reduction);
      return [input.requiresGrad ? sumToShape(gradInput, input.shape) : null, target.requiresGrad ? sumToShape(neg(gradInput), target.shape) : null];
    },
    [input, target],
  );
  return loss;
}

/**
 * mse_loss_backward: norm * (input - target) * grad, recorded as MseLossBackwardBackward0 with PyTorch's
 * derivatives so that second derivatives round as PyTorch's do.
 */
function mseLossBackward(grad: Tensor, input: Tensor, target: Tensor, norm: number, reduction: Reduction): Tensor {
  const dtype = promoteOperands(input, target);
  const out = withGradMode(false, () => mul(mul(sub(input, target), wrapNumber(norm, dtype)), grad));
  // mse_loss_double_backward: 2 * g (expanded to the operand), divided by numel for 'mean'.
  const doubleBackward = (g: Tensor, operand: Tensor): Tensor => {
    const twice = mulScalar(expand(g, operand.shape), 2);
    return reduction === 'mean' ? divScalar(twice, operand.numel) : twice;
  };
  record(
    'MseLossBackwardBackward0',
    [grad, input, target],
    out,
    ([gradGrad], [savedGrad, savedInput, savedTarget]) => [
      grad.requiresGrad ? mseLossBackward(gradGrad!, savedInput!, savedTarget!, norm, reduction) : null,
      input.requiresGrad ? doubleBackward(mul(gradGrad!, savedGrad!), savedInput!) : null,
      target.requiresGrad ? neg(doubleBackward(mul(gradGrad!, savedGrad!), savedTarget!)) : null,
    ],
    [grad, input, target],
  );
  return out;
}

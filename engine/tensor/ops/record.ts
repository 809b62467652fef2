// Connects an operation's output to the graph: if grad mode is on and an input requires grad, the output gets
// a node whose backward is the op's derivative, written right beside its forward in the op's file.
import { isGradEnabled } from '../autograd/gradMode';
import { constantGradient, edgeOf, FunctionNode, SavedTensor } from '../autograd/node';
import type { Shape } from '../shape';
import type { Tensor } from '../tensor';
import type { DType } from '../dtype';
import { zeros } from './creation';

export type Backward = (grads: Array<Tensor | null>, saved: Tensor[]) => Array<Tensor | null>;

export function needsGrad(inputs: ReadonlyArray<Tensor | null>): boolean {
  if (!isGradEnabled()) return false;
  for (const input of inputs) if (input?.requiresGrad) return true;
  return false;
}

/**
 * Records `name` (PyTorch's node class, e.g. 'MulBackward0') for `outputs` computed from `inputs`.
 * `saved` tensors are kept for backward with their versions; `backward` gets one gradient per output and
 * returns one per input (null where not needed). A null output is one not computed: the others keep their
 * positions (output numbers), as a PyTorch node's outputs do.
 */
export function record(
  name: string,
  inputs: ReadonlyArray<Tensor | null>,
  outputs: Tensor | Array<Tensor | null>,
  backward: Backward,
  saved: Tensor[] = [],
): void {
  if (!needsGrad(inputs)) return;
  const outputList = Array.isArray(outputs) ? outputs : [outputs];
  const node = new FunctionNode(
    name,
    inputs.map((input) => (input ? edgeOf(input) : ([null, 0] as const))),
    saved.map((tensor) => new SavedTensor(tensor, outputList.includes(tensor))),
    backward,
  );
  node.inputDtypes = inputs.map((input) => input?.dtype);
  outputList.forEach((output, i) => {
    if (!output) return;
    output.gradFn = node;
    output.outputNr = i;
  });
}

/** A gradient that is zero whatever the incoming one (the derivative of a step function, of zero_, ...). */
export const zeroGradient = (shape: Shape, dtype: DType): Tensor => constantGradient(zeros(shape, dtype));

// Connects an operation's output to the graph: if grad mode is on and an input requires grad, the output gets
// a node whose backward is the op's derivative, written right beside its forward in the op's file.
import { isGradEnabled } from '../autograd/gradMode';
import { constantGradient, edgeOf, FunctionNode, SavedTensor, type Edge } from '../autograd/node';
import type { Shape } from '../shape';
import type { Tensor } from '../tensor';
import type { DType } from '../dtype';
import { zeros } from './creation';
import { runtimeError } from '../errors';

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
  saved: Tensor[] = NOTHING_SAVED,
): void {
  if (!needsGrad(inputs)) return;
  const edges = new Array<Edge>(inputs.length);
  const inputDtypes = new Array<DType | undefined>(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    edges[i] = input ? edgeOf(input) : NO_EDGE;
    inputDtypes[i] = input?.dtype;
  }
  const savedTensors = new Array<SavedTensor>(saved.length);
  for (let i = 0; i < saved.length; i++) {
    const tensor = saved[i]!;
    savedTensors[i] = new SavedTensor(tensor, Array.isArray(outputs) ? outputs.includes(tensor) : outputs === tensor);
  }
  const node = new FunctionNode(name, edges, savedTensors, backward);
  node.inputDtypes = inputDtypes;
  if (!Array.isArray(outputs)) {
    outputs.gradFn = node;
    outputs.outputNr = 0;
    return;
  }
  outputs.forEach((output, i) => {
    if (!output) return;
    output.gradFn = node;
    output.outputNr = i;
  });
}

const NOTHING_SAVED: Tensor[] = [];
const NO_EDGE: Edge = [null, 0];

/** A gradient that is zero whatever the incoming one (the derivative of a step function, of zero_, ...). */
export const zeroGradient = (shape: Shape, dtype: DType): Tensor => constantGradient(zeros(shape, dtype));

/**
 * A node standing for an operation PyTorch has no derivative for: recorded so grad_fn shows it, and backward
 * through it raises PyTorch's error. Only tensor operands are its inputs.
 */
export function recordNotDifferentiable(op: string, inputs: Tensor[], out: Tensor | Tensor[]): void {
  record('NotImplemented', inputs, out, () => {
    throw runtimeError(`derivative for aten::${op} is not implemented`);
  });
}

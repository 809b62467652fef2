// torch.autograd.Function: user code supplies forward and backward; the engine records one node for them.
// PyTorch runs forward with grad mode off, passes `ctx` to both, and names the node `<Class>Backward`.
import { runtimeError } from '../errors';
import { detach } from '../ops/copy';
import { zeros } from '../ops/creation';
import { sumToShape } from '../ops/reduce';
import { sameShape } from '../shape';
import type { Tensor } from '../tensor';
import { isGradEnabled, withGradMode } from './gradMode';
import { edgeOf, Node, SavedTensor } from './node';

/** The `ctx` object: what forward leaves for backward. */
export class FunctionContext {
  /** None entries are kept, so saved_tensors gives back the same positions. */
  private saved: Array<SavedTensor | null> = [];
  /** ctx.needs_input_grad: one flag per forward argument (false for non-tensors). */
  needsInputGrad: boolean[] = [];
  /** ctx.set_materialize_grads: whether missing output gradients arrive as zeros. */
  materializeGrads = true;
  /** ctx.mark_non_differentiable: outputs that get no grad_fn (their gradients arrive as zeros). */
  readonly nonDifferentiable = new Set<Tensor>();

  saveForBackward(tensors: ReadonlyArray<Tensor | null>): void {
    this.saved = tensors.map((tensor) => tensor && new SavedTensor(tensor));
  }

  /** ctx.saved_tensors: raises PyTorch's errors once freed or after an in-place change. */
  savedTensors(): Array<Tensor | null> {
    return this.saved.map((saved) => saved && saved.unpack());
  }

  release(): void {
    for (const saved of this.saved) saved?.release();
  }
}

export type ForwardArgument = Tensor | unknown;

class CustomFunctionNode extends Node {
  constructor(
    name: string,
    private readonly ctx: FunctionContext,
    private readonly tensorArgs: Array<{ index: number; tensor: Tensor }>,
    private readonly argCount: number,
    private readonly outputs: Tensor[],
    private readonly userBackward: (ctx: FunctionContext, grads: Array<Tensor | null>) => Array<Tensor | null>,
  ) {
    super(
      name,
      tensorArgs.map(({ tensor }) => edgeOf(tensor)),
    );
  }

  apply(gradOutputs: Array<Tensor | null>): Array<Tensor | null> {
    const grads = this.outputs.map((output, i) => gradOutputs[i] ?? (this.ctx.materializeGrads ? zeros(output.shape, output.dtype) : null));
    let returned = this.userBackward(this.ctx, grads);
    // Extra gradients beyond the forward's inputs are allowed when they are all None (e.g. an unused default argument).
    if (returned.length > this.argCount && returned.slice(this.argCount).every((grad) => grad === null)) returned = returned.slice(0, this.argCount);
    if (returned.length !== this.argCount) {
      throw runtimeError(`function ${this.name} returned an incorrect number of gradients (expected ${this.argCount}, got ${returned.length})`);
    }
    returned.forEach((grad, index) => {
      if (grad && !this.tensorArgs.some((arg) => arg.index === index)) {
        throw runtimeError(`function ${this.name} returned a gradient different than None at position ${index + 1}, but the corresponding forward input was not a Variable`);
      }
    });
    return this.tensorArgs.map(({ index, tensor }, i) => {
      const grad = returned[index] ?? null;
      return grad && this.fitToInput(grad, tensor, i);
    });
  }

  /** A gradient of another shape is summed down to its input's when it broadcasts from it, as PyTorch's validation does. */
  private fitToInput(grad: Tensor, input: Tensor, i: number): Tensor {
    if (sameShape(grad.shape, input.shape)) return grad;
    const lead = grad.ndim - input.ndim;
    const expandable = lead >= 0 && input.shape.every((size, d) => size === 1 || size === grad.shape[lead + d]);
    if (!expandable) {
      throw runtimeError(`Function ${this.name} returned an invalid gradient at index ${i} - got [${grad.shape.join(', ')}] but expected shape compatible with [${input.shape.join(', ')}]`);
    }
    return sumToShape(grad, input.shape);
  }

  override release(): void {
    this.ctx.release();
  }
}

/**
 * Function.apply: runs `forward` without recording, then, if any tensor argument requires grad and grad mode
 * is on, connects the outputs to one node that calls `backward` (which returns one gradient per argument).
 */
export function applyCustomFunction(
  className: string,
  args: readonly ForwardArgument[],
  isTensor: (value: ForwardArgument) => value is Tensor,
  forward: (ctx: FunctionContext) => Tensor | Tensor[],
  backward: (ctx: FunctionContext, grads: Array<Tensor | null>) => Array<Tensor | null>,
): Tensor | Tensor[] {
  const ctx = new FunctionContext();
  const tensorArgs = args.flatMap((value, index) => (isTensor(value) ? [{ index, tensor: value }] : []));
  const tracking = isGradEnabled() && tensorArgs.some(({ tensor }) => tensor.requiresGrad);
  ctx.needsInputGrad = args.map((value) => isTensor(value) && value.requiresGrad);
  const forwarded = withGradMode(false, () => forward(ctx));
  if (!tracking) return forwarded;
  // An input returned as an output becomes a new tensor sharing its data, so the input keeps its own history.
  const isArgument = (tensor: Tensor) => tensorArgs.some((arg) => arg.tensor === tensor);
  const forwardedList = Array.isArray(forwarded) ? forwarded : [forwarded];
  const outputs = forwardedList.map((output) => (isArgument(output) ? detach(output) : output));
  const result = Array.isArray(forwarded) ? outputs : outputs[0]!;
  const node = new CustomFunctionNode(`${className}Backward`, ctx, tensorArgs, args.length, outputs, backward);
  node.inputDtypes = tensorArgs.map(({ tensor }) => tensor.dtype);
  outputs.forEach((output, i) => {
    if (ctx.nonDifferentiable.has(forwardedList[i]!)) return;
    output.gradFn = node;
    output.outputNr = i;
  });
  return result;
}

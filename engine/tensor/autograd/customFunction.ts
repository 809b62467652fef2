// torch.autograd.Function: user code supplies forward and backward; the engine records one node for them.
// PyTorch runs forward with grad mode off, passes `ctx` to both, and names the node `<Class>Backward`.
import { runtimeError } from '../errors';
import { detach } from '../ops/copy';
import { zeros } from '../ops/creation';
import type { Tensor } from '../tensor';
import { isGradEnabled, withGradMode } from './gradMode';
import { edgeOf, Node, SavedTensor } from './node';

/** The `ctx` object: what forward leaves for backward. */
export class FunctionContext {
  private saved: SavedTensor[] = [];
  /** ctx.needs_input_grad: one flag per forward argument (false for non-tensors). */
  needsInputGrad: boolean[] = [];
  /** ctx.set_materialize_grads: whether missing output gradients arrive as zeros. */
  materializeGrads = true;

  saveForBackward(tensors: ReadonlyArray<Tensor | null>): void {
    this.saved = tensors.filter((tensor): tensor is Tensor => tensor !== null).map((tensor) => new SavedTensor(tensor));
  }

  /** ctx.saved_tensors: raises PyTorch's errors once freed or after an in-place change. */
  savedTensors(): Tensor[] {
    return this.saved.map((saved) => saved.unpack());
  }

  release(): void {
    for (const saved of this.saved) saved.release();
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
    const returned = this.userBackward(this.ctx, grads);
    if (returned.length !== this.argCount) {
      throw runtimeError(`function ${this.name} returned an incorrect number of gradients (expected ${this.argCount}, got ${returned.length})`);
    }
    return this.tensorArgs.map(({ index }) => returned[index] ?? null);
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
  const outputs = (Array.isArray(forwarded) ? forwarded : [forwarded]).map((output) => (isArgument(output) ? detach(output) : output));
  const result = Array.isArray(forwarded) ? outputs : outputs[0]!;
  const node = new CustomFunctionNode(`${className}Backward`, ctx, tensorArgs, args.length, outputs, backward);
  node.inputDtypes = tensorArgs.map(({ tensor }) => tensor.dtype);
  outputs.forEach((output, i) => {
    output.gradFn = node;
    output.outputNr = i;
  });
  return result;
}

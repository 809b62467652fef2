// Autograd graph nodes (what `grad_fn` shows): each node knows the nodes that produced its inputs
// (next_functions) and computes the gradients of its inputs from the gradients of its outputs.
import { scalarTypeName, type DType } from '../dtype';
import { runtimeError, TorchError } from '../errors';
import type { Tensor } from '../tensor';

export type Edge = readonly [Node | null, number];

export type TensorHook = (grad: Tensor) => Tensor | null | undefined | void;

/** grad_fn.register_prehook: sees the gradients of the node's outputs before it runs; may return replacements. */
export type NodePreHook = (gradOutputs: Array<Tensor | null>) => Array<Tensor | null> | undefined;

/** grad_fn.register_hook: sees the gradients the node computed for its inputs, and those it was given; may replace the first. */
export type NodePostHook = (gradInputs: Array<Tensor | null>, gradOutputs: Array<Tensor | null>) => Array<Tensor | null> | undefined;

const FREED_MESSAGE =
  'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). ' +
  'Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you ' +
  'need to backward through the graph a second time or if you need to access saved tensors after calling backward.';

/** Creation order: among ready nodes, backward runs the most recently created first, as PyTorch does. */
let nextSequenceNr = 0;
let nextId = 0;

/** Where a node was created: the notebook cell (its execution count) and the line in it. */
export interface NodeOrigin {
  readonly cell: number;
  readonly line: number;
}

const NO_DTYPES: ReadonlyArray<DType | undefined> = [];

let originOfNewNode: () => NodeOrigin | undefined = () => undefined;

/** Installed by a host that knows which cell and line is running (the notebook kernel), for the inspector. */
export function trackNodeOrigins(currentOrigin: () => NodeOrigin | undefined): void {
  originOfNewNode = currentOrigin;
}

export abstract class Node {
  /** Identifies the node (sequence numbers are shared: every AccumulateGrad has the highest priority). */
  readonly id = nextId++;
  readonly sequenceNr: number;
  readonly origin = originOfNewNode();
  // Created on first use: most nodes never get a hook or a retained output.
  private hooksByOutput: Map<number, TensorHook[]> | null = null;
  private retainedByOutput: Map<number, Tensor> | null = null;
  private preHookList: NodePreHook[] | null = null;
  private postHookList: NodePostHook[] | null = null;

  /** The dtype of each input: gradients flowing back are cast to it, as PyTorch's engine does. */
  inputDtypes: ReadonlyArray<DType | undefined> = NO_DTYPES;

  constructor(
    readonly name: string,
    readonly nextFunctions: Edge[],
    sequenceNr?: number,
  ) {
    this.sequenceNr = sequenceNr ?? nextSequenceNr++;
  }

  /**
   * Hooks on the gradient flowing into output i (register_hook on a non-leaf tensor), by output index. An output's
   * first tensor hook also takes its place among the pre-hooks: PyTorch runs all the tensor's hooks at that place.
   */
  tensorHooksOf(outputNr: number): TensorHook[] {
    this.hooksByOutput ??= new Map();
    let hooks = this.hooksByOutput.get(outputNr);
    if (!hooks) {
      const tensorHooks: TensorHook[] = (hooks = []);
      this.hooksByOutput.set(outputNr, tensorHooks);
      this.preHooks.push((gradOutputs) => {
        for (const hook of tensorHooks) {
          const grad = gradOutputs[outputNr];
          if (!grad) break;
          const replaced = hook(grad);
          if (replaced) gradOutputs[outputNr] = replaced;
        }
        return undefined;
      });
    }
    return hooks;
  }

  /** Hooks run on the gradients of the outputs before the node runs, in registration order. */
  get preHooks(): NodePreHook[] {
    return (this.preHookList ??= []);
  }

  /** Hooks run on the gradients the node computed, in registration order. */
  get postHooks(): NodePostHook[] {
    return (this.postHookList ??= []);
  }

  /** Non-leaf tensors that asked retain_grad(), by output index. */
  get retainedOutputs(): Map<number, Tensor> {
    return (this.retainedByOutput ??= new Map());
  }

  /** Whether the node has a pre-hook or a retained output (without creating their tables). */
  hasPreHooks(): boolean {
    return this.preHookList !== null || this.retainedByOutput !== null;
  }

  hasPostHooks(): boolean {
    return this.postHookList !== null && this.postHookList.length > 0;
  }

  /** Gradients for each next function (null where an input needs none), given each output's gradient. */
  abstract apply(gradOutputs: Array<Tensor | null>): Array<Tensor | null>;

  /** Frees saved tensors after a backward without retain_graph. */
  release(): void {}
}

/** Nodes PyTorch defines in torch::autograd rather than generates: name() and messages qualify them. */
const AUTOGRAD_NAMESPACE_NODES = new Set(['AccumulateGrad', 'CopyBackwards', 'CopySlices', 'NotImplemented']);

export const qualifiedName = (name: string): string => (AUTOGRAD_NAMESPACE_NODES.has(name) ? `torch::autograd::${name}` : name);

/** A tensor saved for backward, with the version it had, to detect in-place changes made after saving. */
export class SavedTensor {
  private tensor: Tensor | null;
  private readonly savedVersion: number;
  private readonly outputNr: number;

  constructor(
    tensor: Tensor,
    /** True when the saved tensor is this node's own output (then the saving node is named in errors). */
    private readonly isOutput = false,
  ) {
    if (tensor.isInference) {
      throw runtimeError('Inference tensors cannot be saved for backward. To work around you can make a clone to get a normal tensor and use it in autograd.');
    }
    this.tensor = tensor;
    this.savedVersion = tensor.version.value;
    this.outputNr = tensor.outputNr;
  }

  /** `savedFor` is the node unpacking it. */
  unpack(savedFor?: Node): Tensor {
    const tensor = this.tensor;
    if (tensor === null) throw runtimeError(FREED_MESSAGE);
    if (tensor.version.value !== this.savedVersion) {
      const kind = `torch.${scalarTypeName(tensor.dtype)}Tensor`;
      // An input is described by the node that produces it now, an output by the node that saved it.
      const node = this.isOutput ? savedFor : tensor.gradFn;
      const producer = node ? `, which is output ${this.outputNr} of ${qualifiedName(node.name)},` : '';
      throw runtimeError(
        `one of the variables needed for gradient computation has been modified by an inplace operation: [${kind} [${tensor.shape.join(', ')}]]${producer} ` +
          `is at version ${tensor.version.value}; expected version ${this.savedVersion} instead. Hint: enable anomaly detection to find the ` +
          `operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True).`,
      );
    }
    return tensor;
  }

  release(): void {
    this.tensor = null;
  }

  holds(tensor: Tensor): boolean {
    return this.tensor === tensor;
  }
}

/** The sink at a leaf that requires grad: adds incoming gradients into `variable.grad`. */
export class AccumulateGrad extends Node {
  /** The leaf's own hooks (register_hook on the leaf): they change the gradient it accumulates, not what node hooks see. */
  readonly tensorHooks: TensorHook[] = [];

  constructor(readonly variable: Tensor) {
    super('AccumulateGrad', [], Number.MAX_SAFE_INTEGER);
  }

  apply(): Array<Tensor | null> {
    throw new Error('AccumulateGrad is applied by the backward engine');
  }
}

/** A node whose backward is a function of saved tensors: what every differentiable op creates. */
export class FunctionNode extends Node {
  private released = false;

  constructor(
    name: string,
    nextFunctions: Edge[],
    private readonly saved: SavedTensor[],
    private readonly backwardFn: (gradOutputs: Array<Tensor | null>, saved: Tensor[]) => Array<Tensor | null>,
  ) {
    super(name, nextFunctions);
  }

  apply(gradOutputs: Array<Tensor | null>): Array<Tensor | null> {
    const count = this.saved.length;
    if (this.released && count > 0) throw runtimeError(FREED_MESSAGE);
    const unpacked = new Array<Tensor>(count);
    for (let i = 0; i < count; i++) unpacked[i] = this.saved[i]!.unpack(this);
    return this.backwardFn(gradOutputs, unpacked);
  }

  /**
   * An in-place op's node: the result it saved was written into `self`, which is saved in its place (at self's
   * new version, as PyTorch saves the result of `relu_`, `exp_`, ... as self).
   */
  saveResultAsSelf(result: Tensor, self: Tensor): void {
    const index = this.saved.findIndex((saved) => saved.holds(result));
    if (index >= 0) this.saved[index] = new SavedTensor(self, true);
  }

  /** For the inspector: whether this node holds tensors saved for backward, or a backward freed them. */
  get savedTensors(): 'none' | 'kept' | 'freed' {
    return this.saved.length === 0 ? 'none' : this.released ? 'freed' : 'kept';
  }

  override release(): void {
    this.released = true;
    for (const saved of this.saved) saved.release();
  }
}

/** The AccumulateGrad node of a leaf, created once and shared by every use of the leaf. */
export function gradAccumulator(leaf: Tensor): AccumulateGrad {
  return (leaf.gradAccumulator as AccumulateGrad | null) ?? (leaf.gradAccumulator = new AccumulateGrad(leaf));
}

/** The edge an input contributes to a new node: its grad_fn, its accumulator, or none. */
export function edgeOf(input: Tensor): Edge {
  if (input.gradFn) return [input.gradFn, input.outputNr];
  if (input.requiresGrad && !input.viewWithoutGrad) return [gradAccumulator(input), 0];
  return [null, 0];
}

/**
 * Gradients that are constant zeros whatever the incoming gradient (sign, floor, zero_, ...): like PyTorch's
 * zeros_like(grad), they do not require grad even under create_graph.
 */
const constantGradients = new WeakSet<Tensor>();

export function constantGradient(zeros: Tensor): Tensor {
  constantGradients.add(zeros);
  return zeros;
}

export const isConstantGradient = (tensor: Tensor): boolean => constantGradients.has(tensor);

/**
 * What a gradient computed by raw kernels (not recorded ops) gets under create_graph: a node that refuses to be
 * differentiated, so a higher-order derivative through it raises instead of silently missing its terms.
 */
export class NotDifferentiableNode extends Node {
  constructor(
    /** The node whose backward computed the gradient. */
    private readonly source: string,
    nextFunctions: Edge[],
  ) {
    super(`${source.replace(/\d+$/, '')}Backward0`, nextFunctions);
  }

  apply(): Array<Tensor | null> {
    throw new TorchError('NotImplementedError', `agnb: the gradient of ${this.source} cannot be differentiated again yet (a second derivative through ${this.source} is not supported)`);
  }
}

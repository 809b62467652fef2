// The backward pass: walks the graph from the roots, runs each node once all the nodes that feed it gradient
// have run (most recently created first among the ready ones, as PyTorch does), sums gradients that meet at a
// node, and accumulates into leaves' .grad, or captures them for torch.autograd.grad.
import { runtimeError } from '../errors';
import type { Tensor } from '../tensor';
import { AccumulateGrad, edgeOf, FunctionNode, isConstantGradient, Node, NotDifferentiableNode, type Edge } from './node';
import { withGradMode } from './gradMode';
import { add as addTensors } from '../ops/arithmetic';
import { clone as cloneTensor, detach, toDtype } from '../ops/copy';
import { zeros } from '../ops/creation';
import { addInPlace, copyInPlace } from '../ops/inplace';

export interface BackwardOptions {
  retainGraph: boolean;
  createGraph: boolean;
  /** backward(inputs=...): only these leaves accumulate. torch.autograd.grad: these get captured instead. */
  inputs?: readonly Tensor[];
  /** True for torch.autograd.grad: return the inputs' gradients rather than accumulating into .grad. */
  capture?: boolean;
  /** autograd.grad(allow_unused=...). */
  allowUnused?: boolean;
}

/** The graph's entry: its outputs are the roots' gradients. */
class GraphRoot extends Node {
  constructor(
    edges: Edge[],
    private readonly grads: Tensor[],
  ) {
    super('GraphRoot', edges, Number.MAX_SAFE_INTEGER);
  }

  apply(): Array<Tensor | null> {
    return this.grads;
  }
}

export function runBackward(roots: readonly Tensor[], rootGrads: readonly Tensor[], options: BackwardOptions): Array<Tensor | null> {
  const edges = roots.map((root, i) => {
    const edge = edgeOf(root);
    if (edge[0] === null) throw runtimeError(`element ${i} of tensors does not require grad and does not have a grad_fn`);
    return edge;
  });
  const graphRoot = new GraphRoot(edges, [...rootGrads]);
  const targets = targetEdges(options.inputs ?? []);
  const dependencies = countDependencies(graphRoot);
  const needed = options.inputs ? neededNodes(graphRoot, targets) : undefined;
  const captured = new Map<string, Tensor>();

  const buffers = new Map<Node, Array<Tensor | null>>();
  const ready: Node[] = [graphRoot];
  while (ready.length > 0) {
    const node = popLatest(ready);
    let gradOutputs = buffers.get(node) ?? [];
    buffers.delete(node);
    if (node.hasPreHooks()) gradOutputs = runPreHooks(node, gradOutputs);
    if (targets.size > 0) {
      for (const [outputNr, grad] of gradOutputs.entries()) {
        const key = edgeKey(node, outputNr);
        if (grad && targets.has(key)) captured.set(key, grad);
      }
    }

    if (node instanceof AccumulateGrad) {
      if (!options.capture && (!options.inputs || targets.has(edgeKey(node, 0)))) accumulate(node, gradOutputs[0] ?? null, options.createGraph);
      if (node.hasPostHooks()) runPostHooks(node, [], gradOutputs);
      continue;
    }
    let gradInputs: Array<Tensor | null>;
    if (node === graphRoot || gradOutputs.some((grad) => grad)) {
      gradInputs = withGradMode(options.createGraph, () => node.apply(gradOutputs));
      if (options.createGraph && node instanceof FunctionNode) gradInputs = guardHigherOrder(node, gradOutputs, gradInputs);
      if (!options.retainGraph) node.release();
      gradInputs = castToInputDtypes(node, gradInputs, options.createGraph);
      if (node.hasPostHooks()) gradInputs = runPostHooks(node, gradInputs, gradOutputs);
    } else {
      gradInputs = node.nextFunctions.map(() => null);
    }
    node.nextFunctions.forEach(([next, inputNr], i) => {
      if (next === null || (needed && !needed.has(next))) return;
      const grad = gradInputs[i] ?? null;
      if (grad) {
        const buffer = buffers.get(next) ?? [];
        const existing = buffer[inputNr];
        buffer[inputNr] = existing ? withGradMode(options.createGraph, () => addTensors(existing, grad)) : grad;
        buffers.set(next, buffer);
      }
      const remaining = dependencies.get(next)! - 1;
      dependencies.set(next, remaining);
      if (remaining === 0) ready.push(next);
    });
  }

  if (!options.capture) return [];
  return (options.inputs ?? []).map((input) => {
    const [node, outputNr] = edgeOf(input);
    const grad = node ? captured.get(edgeKey(node, outputNr)) : undefined;
    if (!grad && !options.allowUnused) {
      throw runtimeError('One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.');
    }
    return grad ?? null;
  });
}

/**
 * Under create_graph, a built-in backward is linear in its incoming gradients, so when one of them requires grad
 * every gradient it returns must too, unless it is a constant zero. One that does not came from raw kernels:
 * it gets a node that raises if differentiated (user Functions may legitimately return constants, so only
 * built-in nodes are checked).
 */
function guardHigherOrder(node: Node, gradOutputs: Array<Tensor | null>, gradInputs: Array<Tensor | null>): Array<Tensor | null> {
  const incoming = gradOutputs.filter((grad): grad is Tensor => grad?.requiresGrad === true);
  if (incoming.length === 0) return gradInputs;
  return gradInputs.map((grad) => {
    if (!grad || grad.requiresGrad || isConstantGradient(grad)) return grad;
    const guarded = detach(grad);
    guarded.gradFn = new NotDifferentiableNode(node.name, incoming.map(edgeOf));
    return guarded;
  });
}

function edgeKey(node: Node, outputNr: number): string {
  return `${node.id}:${outputNr}`;
}

function targetEdges(inputs: readonly Tensor[]): Set<string> {
  const keys = new Set<string>();
  inputs.forEach((input, i) => {
    const [node, outputNr] = edgeOf(input);
    if (!node) throw runtimeError(`element ${i} of the input tensors does not require grad`);
    keys.add(edgeKey(node, outputNr));
  });
  return keys;
}

/** How many edges point at each node, counted over everything reachable from the root. */
function countDependencies(root: Node): Map<Node, number> {
  const counts = new Map<Node, number>();
  const seen = new Set<Node>([root]);
  const stack = [root];
  while (stack.length > 0) {
    for (const [next] of stack.pop()!.nextFunctions) {
      if (!next) continue;
      counts.set(next, (counts.get(next) ?? 0) + 1);
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return counts;
}

/** With explicit inputs, only nodes on a path to one of them run. */
function neededNodes(root: Node, targets: Set<string>): Set<Node> {
  const memo = new Map<Node, boolean>();
  const visit = (node: Node): boolean => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    memo.set(node, false);
    let isNeeded = [...targets].some((key) => key.startsWith(`${node.id}:`));
    for (const [next] of node.nextFunctions) if (next && visit(next)) isNeeded = true;
    memo.set(node, isNeeded);
    return isNeeded;
  };
  visit(root);
  return new Set([...memo].filter(([, isNeeded]) => isNeeded).map(([node]) => node));
}

function popLatest(ready: Node[]): Node {
  let best = 0;
  for (let i = 1; i < ready.length; i++) if (ready[i]!.sequenceNr > ready[best]!.sequenceNr) best = i;
  return ready.splice(best, 1)[0]!;
}

/** Gradients flowing back are cast to the dtype of the input they are for, as PyTorch's engine does. */
function castToInputDtypes(node: Node, gradInputs: Array<Tensor | null>, createGraph: boolean): Array<Tensor | null> {
  return gradInputs.map((grad, i) => {
    const dtype = node.inputDtypes[i];
    return grad && dtype && grad.dtype !== dtype ? withGradMode(createGraph, () => toDtype(grad, dtype)) : grad;
  });
}

/** Node pre-hooks and tensor hooks on non-leaf outputs see (and may replace) the gradients before the node runs; then retain_grad keeps them. */
function runPreHooks(node: Node, gradOutputs: Array<Tensor | null>): Array<Tensor | null> {
  let grads = Array.from(gradOutputs, (grad) => grad ?? null);
  for (const hook of [...node.preHooks]) grads = hook(grads) ?? grads;
  for (const [outputNr, tensor] of node.retainedOutputs) {
    const grad = grads[outputNr];
    if (!grad) continue;
    tensor.gradValue = tensor.gradValue ? addTensors(tensor.gradValue, grad) : cloneTensor(grad);
  }
  return grads;
}

/** Node post-hooks: they see no gradient for an input that takes none (PyTorch does not compute it). */
function runPostHooks(node: Node, gradInputs: Array<Tensor | null>, gradOutputs: Array<Tensor | null>): Array<Tensor | null> {
  let grads = gradInputs.map((grad, i) => (node.nextFunctions[i]?.[0] ? grad : null));
  const given = Array.from(gradOutputs, (grad) => grad ?? null);
  for (const hook of [...node.postHooks]) grads = hook(grads, given) ?? grads;
  return grads;
}

function accumulate(node: AccumulateGrad, incoming: Tensor | null, createGraph: boolean): void {
  if (!incoming) return;
  let grad = incoming;
  for (const hook of node.tensorHooks) grad = hook(grad) || grad;
  const variable = node.variable;
  if (variable.gradValue === null) {
    // Under create_graph the new .grad is an empty tensor copy_'d from the gradient (grad_fn CopyBackwards), as in PyTorch.
    variable.gradValue = createGraph ? withGradMode(true, () => copyInPlace(zeros(grad.shape, grad.dtype), grad)) : cloneTensor(grad);
  } else if (createGraph) {
    variable.gradValue = withGradMode(true, () => addTensors(variable.gradValue!, grad));
  } else {
    // Without a graph of the backward, PyTorch 1.13 adds into the existing .grad in place (variable_grad += new_grad).
    withGradMode(false, () => addInPlace(variable.gradValue!, grad));
  }
}

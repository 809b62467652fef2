// Module full backward hooks (register_full_backward_hook), as PyTorch's torch.utils.hooks.BackwardHook: the
// tensors a module is called with, and those it returns, pass through identity nodes named
// BackwardHookFunctionBackward (their outputs are views, as a custom Function's returned inputs are). The
// output node keeps the gradients of the outputs; when the input node receives the gradients of the inputs it
// calls each hook with (module, grad_input, grad_output), and a hook may return replacement grad_input.
// The deprecated hooks (register_backward_hook) are post-hooks on the grad_fn of the module's first output
// tensor: they see only that node's gradients, and PyTorch warns when those are not the module's.
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import { edgeOf, Node } from '../../tensor/autograd/node';
import { markCustomFunctionViews } from '../../tensor/ops/inplace';
import { None, PyObject, PyType, objectType, type PyValue } from '../../python/objects/core';
import { PyDict, PyTuple } from '../../python/objects/containers';
import { RuntimeError, pyError } from '../../python/objects/exceptions';
import { call } from '../../python/ops/call';
import { toArray } from '../../python/ops/iter';
import { getItem } from '../../python/ops/sequence';
import { warn } from '../../tensor/errors';
import { registerNodeHook } from '../nodes';
import { bindNodeObject, defineNodeInterface, type NodeObject } from '../nodes';
import { PyTensor, wrapTensor } from '../tensorObject';

const NODE_NAME = 'BackwardHookFunctionBackward';

/** The grad_fn object of the identity nodes, shown like the ctx of a custom Function of that name. */
const nodeObjectType = new PyType(NODE_NAME, [objectType], 'torch.autograd.function');
defineNodeInterface(nodeObjectType);

class HookNodeObject extends PyObject implements NodeObject {
  constructor(readonly node: Node) {
    super(nodeObjectType);
  }
}

type GradientsHandler = (grads: Tensor[], raw: Array<Tensor | null>) => Array<Tensor | null>;

/** Passes gradients through unchanged, handing them to `handler` first; missing ones become zeros. */
class IdentityHookNode extends Node {
  constructor(
    private readonly tensors: Tensor[],
    private readonly handler: GradientsHandler,
  ) {
    super(
      NODE_NAME,
      tensors.map((tensor) => (tensor.requiresGrad ? edgeOf(tensor) : [null, 0])),
    );
    this.inputDtypes = tensors.map((tensor) => tensor.dtype);
  }

  apply(gradOutputs: Array<Tensor | null>): Array<Tensor | null> {
    const raw = this.tensors.map((_, i) => gradOutputs[i] ?? null);
    return this.handler(
      raw.map((grad, i) => grad ?? engine.zeros(this.tensors[i]!.shape, this.tensors[i]!.dtype)),
      raw,
    );
  }
}

/** Where the tensors sit among the values (None elsewhere), as the hooks' tuples show them. */
function packWithNone(indices: number[], grads: Array<Tensor | null>, size: number): PyTuple {
  const items: PyValue[] = new Array<PyValue>(size).fill(None);
  indices.forEach((index, k) => (items[index] = grads[k] ? wrapTensor(grads[k]!) : None));
  return new PyTuple(items);
}

/**
 * Replaces the tensors among `values` by views whose grad_fn is one identity node (when any requires grad and
 * grad mode is on); returns the new values and the tensors' positions, or null when nothing is tracked.
 */
function passThrough(values: readonly PyValue[], handler: GradientsHandler): { values: PyValue[]; indices: number[] } | null {
  const indices = values.flatMap((value, i) => (value instanceof PyTensor ? [i] : []));
  const tensors = indices.map((i) => (values[i] as PyTensor).tensor);
  if (!engine.isGradEnabled() || !tensors.some((tensor) => tensor.requiresGrad)) return null;
  const node = new IdentityHookNode(tensors, handler);
  bindNodeObject(node, new HookNodeObject(node));
  markCustomFunctionViews(node);
  const out = [...values];
  tensors.forEach((tensor, k) => {
    const view = tensor.viewAs(tensor.shape, tensor.strides, tensor.offset);
    if (tensor.requiresGrad) {
      view.gradFn = node;
      view.outputNr = k;
    }
    out[indices[k]!] = wrapTensor(view);
  });
  return { values: out, indices };
}

/** One call of a module with full backward hooks: links its output gradients to its input gradients. */
export class BackwardHook {
  private gradOutputs: PyTuple | null = null;
  private inputCount = 0;
  private inputIndices: number[] | null = null;
  private outputCount = 0;
  private outputIndices: number[] | null = null;

  constructor(
    private readonly module: PyValue,
    private readonly hooks: PyValue[],
  ) {}

  /** The module's positional inputs, passed through the input node. */
  setupInput(input: readonly PyValue[]): readonly PyValue[] {
    const wrapped = passThrough(input, (grads) => this.onInputGradients(grads));
    this.inputCount = input.length;
    this.inputIndices = wrapped?.indices ?? null;
    return wrapped?.values ?? input;
  }

  /** The module's result (a tuple, or one value), passed through the output node. */
  setupOutput(result: PyValue): PyValue {
    const isTuple = result instanceof PyTuple;
    const values = isTuple ? result.items : [result];
    const wrapped = passThrough(values, (grads, raw) => this.onOutputGradients(grads, raw));
    this.outputCount = values.length;
    this.outputIndices = wrapped?.indices ?? null;
    if (!wrapped) return result;
    return isTuple ? new PyTuple(wrapped.values) : wrapped.values[0]!;
  }

  private onOutputGradients(grads: Tensor[], raw: Array<Tensor | null>): Array<Tensor | null> {
    this.gradOutputs = packWithNone(this.outputIndices!, raw, this.outputCount);
    if (this.inputIndices === null) {
      // No input requires grad: the hooks run now, with None for every grad_input, and may not replace them.
      const gradInputs = new PyTuple(new Array<PyValue>(this.inputCount).fill(None));
      for (const hook of this.hooks) {
        const result = call(hook, [this.module, gradInputs, this.gradOutputs]);
        if (result !== None && !(result instanceof PyTuple && result.items.every((item) => item === None))) {
          throw pyError(RuntimeError, 'Backward hook for Modules where no input requires gradient should always return None or None for all gradients.');
        }
      }
      this.gradOutputs = null;
    }
    return grads;
  }

  private onInputGradients(grads: Tensor[]): Array<Tensor | null> {
    // Gradients that reach the inputs without passing through the outputs (e.g. in a double backward) pass unchanged.
    if (this.gradOutputs === null) return grads;
    const indices = this.inputIndices!;
    let gradInput = packWithNone(indices, grads, this.inputCount).items;
    for (const hook of this.hooks) {
      const result = call(hook, [this.module, new PyTuple(gradInput), this.gradOutputs]);
      if (result === None) continue;
      const replaced = toArray(result);
      if (replaced.length !== gradInput.length) {
        throw pyError(RuntimeError, `Backward hook returned an invalid number of grad_input, got ${replaced.length}, but expected ${gradInput.length}`);
      }
      gradInput = replaced;
    }
    this.gradOutputs = null;
    return indices.map((index) => {
      const grad = gradInput[index];
      return grad instanceof PyTensor ? grad.tensor : null;
    });
  }
}

const MODULE_FILE = '/usr/lib/python3/dist-packages/torch/nn/modules/module.py';

/** Module._maybe_warn_non_full_backward_hook's warnings: where (line) and what each says. */
const NON_FULL_HOOK_WARNINGS = {
  output: {
    line: 1082,
    source: 'warnings.warn("Using non-full backward hooks on a Module that does not return a "',
    message:
      'Using non-full backward hooks on a Module that does not return a single Tensor or a tuple of Tensors is deprecated and will be removed in future versions. This hook will be missing some of the grad_output. Please use register_full_backward_hook to get the documented behavior.',
  },
  input: {
    line: 1092,
    source: 'warnings.warn("Using non-full backward hooks on a Module that does not take as input a "',
    message:
      'Using non-full backward hooks on a Module that does not take as input a single Tensor or a tuple of Tensors is deprecated and will be removed in future versions. This hook will be missing some of the grad_input. Please use register_full_backward_hook to get the documented behavior.',
  },
  nested: {
    line: 1103,
    source: 'warnings.warn("Using a non-full backward hook when outputs are nested in python data structure "',
    message:
      'Using a non-full backward hook when outputs are nested in python data structure is deprecated and will be removed in future versions. This hook will be missing some grad_output.',
  },
  outputNodes: {
    line: 1107,
    source: 'warnings.warn("Using a non-full backward hook when outputs are generated by different autograd Nodes "',
    message:
      'Using a non-full backward hook when outputs are generated by different autograd Nodes is deprecated and will be removed in future versions. This hook will be missing some grad_output. Please use register_full_backward_hook to get the documented behavior.',
  },
  forwardNodes: {
    line: 1117,
    source: 'warnings.warn("Using a non-full backward hook when the forward contains multiple autograd Nodes "',
    message:
      'Using a non-full backward hook when the forward contains multiple autograd Nodes is deprecated and will be removed in future versions. This hook will be missing some grad_input. Please use register_full_backward_hook to get the documented behavior.',
  },
};

function warnNonFull(kind: keyof typeof NON_FULL_HOOK_WARNINGS): void {
  const { line, source, message } = NON_FULL_HOOK_WARNINGS[kind];
  warn(message, { file: MODULE_FILE, line, source });
}

/** The tensors of a value that is one tensor or a tuple of tensors; null for anything else. */
function tensorsOf(value: PyValue): Tensor[] | null {
  if (value instanceof PyTensor) return [value.tensor];
  if (value instanceof PyTuple && value.items.every((item) => item instanceof PyTensor)) return value.items.map((item) => (item as PyTensor).tensor);
  return null;
}

/** The tensor PyTorch hooks: the result, or its first element (first tensor value of a dict), recursively. */
function firstTensor(result: PyValue): Tensor {
  let value = result;
  while (!(value instanceof PyTensor)) {
    if (value instanceof PyDict) {
      const found = [...value.entries.values()].find((entry) => entry.value instanceof PyTensor);
      if (!found) throw pyError(RuntimeError, 'generator raised StopIteration');
      value = found.value;
    } else {
      value = getItem(value, 0);
    }
  }
  return value.tensor;
}

/**
 * Module.__call__ for the deprecated hooks: each becomes a post-hook of the grad_fn of the result's first tensor,
 * called with (module, grad_input, grad_output) of that node, with PyTorch's warnings about what it misses.
 */
export function attachNonFullBackwardHooks(module: PyValue, hooks: PyValue[], input: PyTuple, result: PyValue): void {
  const gradFn = firstTensor(result).gradFn;
  if (!gradFn) return;
  for (const hook of hooks) registerNodeHook(gradFn, 'post', hook, [module]);
  const outputs = tensorsOf(result);
  if (!outputs) return warnNonFull('output');
  const inputs = tensorsOf(input);
  if (!inputs) return warnNonFull('input');
  const outputNodes = new Set(outputs.flatMap((tensor) => (tensor.gradFn ? [tensor.gradFn] : [])));
  if (outputNodes.size === 0 || (outputNodes.size === 1 && !outputNodes.has(gradFn))) return warnNonFull('nested');
  if (outputNodes.size > 1) return warnNonFull('outputNodes');
  const inputNodes = new Set<Node | null>(inputs.flatMap((tensor) => (tensor.gradFn ? [tensor.gradFn] : [])));
  const nextNodes = new Set(gradFn.nextFunctions.map(([next]) => next));
  if (inputNodes.size !== nextNodes.size || [...nextNodes].some((next) => !inputNodes.has(next))) warnNonFull('forwardNodes');
}

// What users call: tensor.backward(), torch.autograd.grad(), .grad, retain_grad(), register_hook().
import { runtimeError, warn } from '../errors';
import { ones } from '../ops/creation';
import type { Tensor } from '../tensor';
import { runBackward } from './engine';
import { gradAccumulator, type TensorHook } from './node';

const NON_LEAF_GRAD_WARNING =
  "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during " +
  'autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the ' +
  'non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See ' +
  'github.com/pytorch/pytorch/pull/30531 for more informations. (Triggered internally at  ./build/aten/src/ATen/core/TensorBody.h:480.)';

export interface BackwardArgs {
  gradient?: Tensor | null;
  retainGraph?: boolean;
  createGraph?: boolean;
  inputs?: Tensor[];
}

/** The gradient a root starts with: given, or 1 for a scalar output. */
function rootGradient(root: Tensor, gradient: Tensor | null | undefined): Tensor {
  if (gradient) {
    if (gradient.shape.length !== root.shape.length || gradient.shape.some((size, d) => size !== root.shape[d])) {
      throw runtimeError(`Mismatch in shape: grad_output[0] has a shape of torch.Size([${gradient.shape.join(', ')}]) and output[0] has a shape of torch.Size([${root.shape.join(', ')}]).`);
    }
    return gradient;
  }
  if (root.numel !== 1) throw runtimeError('grad can be implicitly created only for scalar outputs');
  return ones(root.shape, root.dtype);
}

/** PyTorch's engine warns from C++; Python shows it at the run_backward call in torch/autograd/__init__.py. */
const CREATE_GRAPH_WARNING =
  'Using backward() with create_graph=True will create a reference cycle between the parameter and its gradient which can cause a memory leak. ' +
  'We recommend using autograd.grad when creating the graph to avoid this. If you have to use this function, make sure to reset the .grad fields ' +
  'of your parameters to None after use to break the cycle and avoid the leak. (Triggered internally at  ./torch/csrc/autograd/engine.cpp:1059.)';
const CREATE_GRAPH_WARNING_ORIGIN = {
  file: '/usr/lib/python3/dist-packages/torch/autograd/__init__.py',
  line: 197,
  source: 'Variable._execution_engine.run_backward(  # Calls into the C++ engine to run the backward pass',
};

export function backward(root: Tensor, args: BackwardArgs = {}): void {
  if (!root.requiresGrad) throw runtimeError('element 0 of tensors does not require grad and does not have a grad_fn');
  const createGraph = args.createGraph ?? false;
  if (createGraph) warn(CREATE_GRAPH_WARNING, CREATE_GRAPH_WARNING_ORIGIN);
  runBackward([root], [rootGradient(root, args.gradient)], {
    retainGraph: args.retainGraph ?? createGraph,
    createGraph,
    ...(args.inputs && args.inputs.length > 0 ? { inputs: args.inputs } : {}),
  });
}

export interface GradArgs {
  gradOutputs?: Array<Tensor | null>;
  retainGraph?: boolean;
  createGraph?: boolean;
  allowUnused?: boolean;
}

export function grad(outputs: Tensor[], inputs: Tensor[], args: GradArgs = {}): Array<Tensor | null> {
  const createGraph = args.createGraph ?? false;
  outputs.forEach((output, i) => {
    if (!output.requiresGrad) throw runtimeError(`element ${i} of tensors does not require grad and does not have a grad_fn`);
  });
  return runBackward(
    outputs,
    outputs.map((output, i) => rootGradient(output, args.gradOutputs?.[i])),
    { retainGraph: args.retainGraph ?? createGraph, createGraph, inputs, capture: true, allowUnused: args.allowUnused ?? false },
  );
}

/** tensor.grad: a non-leaf that did not retain_grad() warns and reads None, as in PyTorch. */
export function readGrad(tensor: Tensor): Tensor | null {
  if (!tensor.isLeaf && !tensor.retainsGrad) {
    warn(NON_LEAF_GRAD_WARNING);
    return null;
  }
  return tensor.gradValue;
}

export function retainGrad(tensor: Tensor): void {
  if (!tensor.requiresGrad) throw runtimeError("can't retain_grad on Tensor that has requires_grad=False");
  if (tensor.isLeaf || tensor.retainsGrad) return;
  tensor.retainsGrad = true;
  tensor.gradFn!.retainedOutputs.set(tensor.outputNr, tensor);
}

/** register_hook: returns a function that removes the hook (the handle's remove()). */
export function registerHook(tensor: Tensor, hook: TensorHook): () => void {
  if (!tensor.requiresGrad) throw runtimeError("cannot register a hook on a tensor that doesn't require gradient");
  const hooks = tensor.isLeaf ? gradAccumulator(tensor).tensorHooks : tensor.gradFn!.tensorHooksOf(tensor.outputNr);
  hooks.push(hook);
  return () => {
    const at = hooks.indexOf(hook);
    if (at !== -1) hooks.splice(at, 1);
  };
}

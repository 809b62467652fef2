// grad_fn objects: one Python object per autograd node (so `z.grad_fn is z.grad_fn`), whose type is named
// after the node class (`type(z.grad_fn).__name__ == 'AddBackward0'`), with name(), next_functions,
// and variable (AccumulateGrad). Custom Functions supply their own object (the ctx), bound to the node.
import type { Node } from '../tensor/autograd/node';
import type { Tensor } from '../tensor/index';
import { scalarTypeName } from '../tensor/dtype';
import { RuntimeError, pyError, typeError } from '../python/objects/exceptions';
import { getAttrOrUndefined } from '../python/ops/attr';
import { call } from '../python/ops/call';
import { typeOf } from '../python/objects/core';
import { removableHandle } from './hooks';
import { AccumulateGrad } from '../tensor/autograd/node';
import { qualifiedName } from '../tensor/index';
import { None, PyObject, PyType, objectType, type PyValue } from '../python/objects/core';
import { PyTuple } from '../python/objects/containers';
import { address } from '../python/ops/convert';
import { defineGetters, defineMethods, methodArity } from '../python/types/define';
import { PyTensor, wrapTensor } from './tensorObject';

/** A Python object standing for an autograd node; `node` is null while a custom Function's forward runs. */
export interface NodeObject extends PyObject {
  readonly node: Node | null;
}

const nodeOf = (self: PyValue) => (self as NodeObject).node;

/** name(), next_functions and metadata, on built-in node types and on custom Functions' ctx types alike. */
export function defineNodeInterface(type: PyType): void {
  defineMethods(type, {
    register_hook: (args) => {
      methodArity(`${(args[0] as PyObject).cls.name}.register_hook`, args, 1);
      return registerNodeHook(nodeOf(args[0]!)!, 'post', args[1]!);
    },
    register_prehook: (args) => {
      methodArity(`${(args[0] as PyObject).cls.name}.register_prehook`, args, 1);
      return registerNodeHook(nodeOf(args[0]!)!, 'pre', args[1]!);
    },
    name: (args) => {
      methodArity('name', args, 0);
      // The C++ name, qualified for the nodes PyTorch defines in torch::autograd (AccumulateGrad, CopySlices, ...).
      return qualifiedName(nodeOf(args[0]!)?.name ?? (args[0] as PyObject).cls.name);
    },
  });
  defineGetters(type, {
    next_functions: (self) => new PyTuple((nodeOf(self)?.nextFunctions ?? []).map(([next, index]) => new PyTuple([wrapNode(next), index]))),
    metadata: () => None,
  });
}

/** A node's Python hooks of one kind, each with the arguments it takes before the gradients. */
type PythonHooks = Array<{ hook: PyValue; leading: PyValue[] }>;

const pythonPreHooks = new WeakMap<Node, PythonHooks>();
const pythonPostHooks = new WeakMap<Node, PythonHooks>();

/** Calls each hook in turn on the latest gradients; a hook returning a tuple replaces them. */
function runPythonHooks(hooks: PythonHooks, grads: Array<Tensor | null>, extra: PyValue[]): Array<Tensor | null> | undefined {
  let current: Array<Tensor | null> | undefined;
  for (const { hook, leading } of [...hooks]) {
    const given = current ?? grads;
    current = replacedGradients(hook, given, call(hook, [...leading, gradTuple(given), ...extra])) ?? current;
  }
  return current;
}

/**
 * Adds a Python hook to a node's pre-hooks (called with grad_outputs) or post-hooks (grad_inputs, grad_outputs),
 * after any `leading` arguments. As in PyTorch, a node's Python hooks of one kind run together, at the place the
 * first of them was registered.
 */
export function registerNodeHook(node: Node, kind: 'pre' | 'post', hook: PyValue, leading: PyValue[] = []): PyValue {
  const table = kind === 'pre' ? pythonPreHooks : pythonPostHooks;
  let hooks = table.get(node);
  if (!hooks) {
    const all: PythonHooks = (hooks = []);
    table.set(node, all);
    if (kind === 'pre') node.preHooks.push((gradOutputs) => runPythonHooks(all, gradOutputs, []));
    else node.postHooks.push((gradInputs, gradOutputs) => runPythonHooks(all, gradInputs, [gradTuple(gradOutputs)]));
  }
  const entry = { hook, leading };
  hooks.push(entry);
  const registered = hooks;
  return removableHandle(() => {
    const at = registered.indexOf(entry);
    if (at !== -1) registered.splice(at, 1);
  });
}

const gradTuple = (grads: Array<Tensor | null>) => new PyTuple(grads.map((grad) => (grad ? wrapTensor(grad) : None)));

function hookName(hook: PyValue): string {
  const name = getAttrOrUndefined(hook, '__name__');
  return typeof name === 'string' ? name : '<unknown>';
}

/** What a hook returned, checked as PyTorch's check_result does: None keeps the gradients, else a tuple of as many. */
function replacedGradients(hook: PyValue, grads: Array<Tensor | null>, result: PyValue): Array<Tensor | null> | undefined {
  if (result === None) return undefined;
  if (!(result instanceof PyTuple)) throw typeError(`expected tuple, but hook returned '${typeOf(result).name}'`);
  if (result.items.length !== grads.length) {
    throw pyError(RuntimeError, `hook '${hookName(hook)}' has returned an incorrect number of values (got ${result.items.length}, but expected ${grads.length})`);
  }
  return result.items.map((item, i) => {
    if (item === None) return null;
    const original = grads[i];
    if (!original) throw pyError(RuntimeError, "can't replace a None gradient with a non-None value");
    if (!(item instanceof PyTensor)) throw typeError(`expected Variable, but hook returned '${typeOf(item).name}'`);
    const replaced = item.tensor;
    const typeName = (t: Tensor) => `torch.${scalarTypeName(t.dtype)}Tensor`;
    if (replaced.dtype !== original.dtype) {
      throw pyError(RuntimeError, `hook '${hookName(hook)}' has changed the type of value (was ${typeName(original)} got ${typeName(replaced)})`);
    }
    if (replaced.shape.length !== original.shape.length || replaced.shape.some((size, d) => size !== original.shape[d])) {
      throw pyError(RuntimeError, `hook '${hookName(hook)}' has changed the size of value`);
    }
    return replaced;
  });
}

const nodeTypes = new Map<string, PyType>();

/** The Python class of a node kind, created on first use; like PyTorch's, it lives in builtins. */
function nodeType(name: string): PyType {
  let type = nodeTypes.get(name);
  if (!type) {
    type = new PyType(name, [objectType]);
    defineNodeInterface(type);
    defineMethods(type, { __repr__: (args) => `<${nodeOf(args[0]!)!.name} object at ${address(args[0] as PyObject)}>` });
    defineGetters(type, {
      variable: (self) => {
        const node = nodeOf(self);
        return node instanceof AccumulateGrad ? wrapTensor(node.variable) : None;
      },
    });
    nodeTypes.set(name, type);
  }
  return type;
}

class PyNode extends PyObject implements NodeObject {
  constructor(readonly node: Node) {
    super(nodeType(node.name));
  }
}

const pythonNodes = new WeakMap<Node, PyObject>();

/** Makes `object` the Python face of `node` (a custom Function's ctx is its grad_fn). */
export function bindNodeObject(node: Node, object: NodeObject): void {
  pythonNodes.set(node, object);
}

export function wrapNode(node: Node | null): PyValue {
  if (node === null) return None;
  let object = pythonNodes.get(node);
  if (!object) {
    object = new PyNode(node);
    pythonNodes.set(node, object);
  }
  return object;
}

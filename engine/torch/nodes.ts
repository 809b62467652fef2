// grad_fn objects: one Python object per autograd node (so `z.grad_fn is z.grad_fn`), whose type is named
// after the node class (`type(z.grad_fn).__name__ == 'AddBackward0'`), with name(), next_functions,
// and variable (AccumulateGrad). Custom Functions supply their own object (the ctx), bound to the node.
import type { Node } from '../tensor/autograd/node';
import { AccumulateGrad } from '../tensor/autograd/node';
import { qualifiedName } from '../tensor/index';
import { None, PyObject, PyType, objectType, type PyValue } from '../python/objects/core';
import { PyTuple } from '../python/objects/containers';
import { address } from '../python/ops/convert';
import { defineGetters, defineMethods, methodArity } from '../python/types/define';
import { wrapTensor } from './tensorObject';

/** A Python object standing for an autograd node; `node` is null while a custom Function's forward runs. */
export interface NodeObject extends PyObject {
  readonly node: Node | null;
}

const nodeOf = (self: PyValue) => (self as NodeObject).node;

/** name(), next_functions and metadata, on built-in node types and on custom Functions' ctx types alike. */
export function defineNodeInterface(type: PyType): void {
  defineMethods(type, {
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

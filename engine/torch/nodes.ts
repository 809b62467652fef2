// grad_fn objects: one Python object per autograd node (so `z.grad_fn is z.grad_fn`), whose type is named
// after the node class (`type(z.grad_fn).__name__ == 'AddBackward0'`), with name(), next_functions,
// and variable (AccumulateGrad).
import type { Node } from '../tensor/autograd/node';
import { AccumulateGrad } from '../tensor/autograd/node';
import { qualifiedName } from '../tensor/index';
import { None, PyObject, PyType, objectType, type PyValue } from '../python/objects/core';
import { PyTuple } from '../python/objects/containers';
import { address } from '../python/ops/convert';
import { defineGetters, defineMethods, methodArity } from '../python/types/define';
import { wrapTensor } from './tensorObject';

const nodeTypes = new Map<string, PyType>();

/** The Python class of a node kind, created on first use; like PyTorch's, it lives in builtins. */
function nodeType(name: string): PyType {
  let type = nodeTypes.get(name);
  if (!type) {
    type = new PyType(name, [objectType]);
    defineMethods(type, nodeMethods);
    defineGetters(type, nodeGetters);
    nodeTypes.set(name, type);
  }
  return type;
}

class PyNode extends PyObject {
  constructor(readonly node: Node) {
    super(nodeType(node.name));
  }
}

const pythonNodes = new WeakMap<Node, PyNode>();

export function wrapNode(node: Node | null): PyValue {
  if (node === null) return None;
  let object = pythonNodes.get(node);
  if (!object) {
    object = new PyNode(node);
    pythonNodes.set(node, object);
  }
  return object;
}

const nodeOf = (self: PyValue) => (self as PyNode).node;

const nodeMethods = {
  __repr__: (args: PyValue[]) => `<${nodeOf(args[0]!).name} object at ${address(args[0] as PyNode)}>`,
  name: (args: PyValue[]) => {
    methodArity('name', args, 0);
    // The C++ name, qualified for the nodes PyTorch defines in torch::autograd (AccumulateGrad, CopySlices, ...).
    return qualifiedName(nodeOf(args[0]!).name);
  },
};

const nodeGetters = {
  next_functions: (self: PyValue) => new PyTuple(nodeOf(self).nextFunctions.map(([next, index]) => new PyTuple([wrapNode(next), index]))),
  variable: (self: PyValue) => {
    const node = nodeOf(self);
    return node instanceof AccumulateGrad ? wrapTensor(node.variable) : None;
  },
  metadata: () => None,
};

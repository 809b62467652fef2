// torch.Tensor as a Python type: each Python tensor object wraps one engine Tensor, and an engine Tensor is
// always shown to Python as the same object (so `w.grad is w.grad` and hook arguments keep their identity).
import type { Tensor } from '../tensor/index';
import { PyObject, PyType, objectType } from '../python/objects/core';

export const tensorType = new PyType('Tensor', [objectType], 'torch');
tensorType.instancesHaveDict = true;

/** nn.Parameter: a Tensor subclass whose instances modules register as parameters. */
export const parameterType = new PyType('Parameter', [tensorType], 'torch.nn.parameter');

export class PyTensor extends PyObject {
  constructor(
    readonly tensor: Tensor,
    cls: PyType = tensor.isParameter ? parameterType : tensorType,
  ) {
    super(cls);
    this.dict = new Map();
  }
}

export function wrapTensor(tensor: Tensor): PyTensor {
  return (tensor.boundObject as PyTensor | null) ?? (tensor.boundObject = new PyTensor(tensor));
}

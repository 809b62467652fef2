// The `torch` Python module for agnb: importing this file registers torch, torch.autograd, torch.nn and
// torch.nn.functional with the interpreter. describeTensor serves the inspector.
import type { PyValue } from '../python/objects/core';
import { PyTensor } from './tensorObject';
import './errors';
import './tensorType';
import './module';
import './optim/index';
import './data';

export interface TensorDescription {
  shape: number[];
  dtype: string;
  requiresGrad: boolean;
  isLeaf: boolean;
  gradFn: string | null;
  grad: { shape: number[]; norm: number } | null;
}

/** What the inspector shows for a tensor value; undefined for anything else. Reads .grad without warning. */
export function describeTensor(value: PyValue): TensorDescription | undefined {
  if (!(value instanceof PyTensor)) return undefined;
  const tensor = value.tensor;
  const grad = tensor.gradValue;
  let norm = 0;
  if (grad) {
    const data = grad.contiguousData();
    for (let i = 0; i < data.length; i++) norm += data[i]! * data[i]!;
    norm = Math.sqrt(norm);
  }
  return {
    shape: [...tensor.shape],
    dtype: `torch.${tensor.dtype}`,
    requiresGrad: tensor.requiresGrad,
    isLeaf: tensor.isLeaf,
    gradFn: tensor.gradFn?.name ?? null,
    grad: grad ? { shape: [...grad.shape], norm } : null,
  };
}

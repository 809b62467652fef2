// torch.tensor's reading of data: nested sequences of numbers and tensors, with PyTorch's dtype inference.
// Kept apart from the factories so that op tables (Tensor.new_tensor) can use it without importing them.
import * as engine from '../tensor/index';
import type { DType, Tensor } from '../tensor/index';
import type { NestedValues } from '../tensor/ops/creation';
import { promote } from '../tensor/dtype';
import { typeName, type PyValue } from '../python/objects/core';
import { PyList } from '../python/objects/containers';
import { typeError } from '../python/objects/exceptions';
import { PyTensor } from './tensorObject';
import { pythonNumber, sequenceItems } from './values';

/**
 * torch.tensor(data): nested lists/tuples of numbers (or one-element tensors), dtype inferred like PyTorch:
 * the promotion of every element's own dtype (a Python float counts as the default float dtype).
 */
export function tensorFromData(data: PyValue, dtype: DType | undefined): Tensor {
  let inferred: DType | undefined;
  const see = (elementDtype: DType) => (inferred = inferred === undefined ? elementDtype : promote(inferred, elementDtype));
  const convert = (value: PyValue): NestedValues => {
    const sequence = sequenceItems(value);
    if (sequence !== undefined) return sequence.map(convert);
    if (value instanceof PyTensor) {
      const tensor = value.tensor;
      if (tensor.ndim > 0) return convert(new PyList(engine.unbind(engine.detach(tensor), 0).map((row) => new PyTensor(row))));
      see(tensor.dtype);
      return tensor.at(0);
    }
    const number = pythonNumber(value);
    if (!number) throw typeError(`new(): invalid data type '${typeName(value)}'`);
    see(number.dtype);
    return number.dtype === 'bool' ? number.value === 1 : number.value;
  };
  const values = convert(data);
  return engine.fromNested(values, dtype ?? inferred ?? engine.defaultFloatDtype());
}

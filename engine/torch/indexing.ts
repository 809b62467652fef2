// tensor[key] and tensor[key] = value: a Python key turned into the engine's index items (see engine
// ops/indexing.ts), following PyTorch's rules for which sequences count as a tuple of indices.
import * as engine from '../tensor/index';
import type { IndexItem, Tensor } from '../tensor/index';
import { Ellipsis, None, PyFloat, typeName, type PyValue } from '../python/objects/core';
import { PyList, PySlice, PyTuple } from '../python/objects/containers';
import { indexError, typeError } from '../python/objects/exceptions';
import { indexValue } from '../python/ops/convert';
import type { NestedValues } from '../tensor/ops/creation';
import { PyTensor } from './tensorObject';
import { LEGACY_TYPE_NAMES, pythonNumber, sequenceItems } from './values';
import { checkScalarFits } from '../tensor/dtype';


/**
 * A list of fewer than 32 items holding a slice, None, Ellipsis, a tensor or a sequence is read as a tuple of
 * indices (x[[0, slice(None)]] is x[0, :]); any other list is one index tensor.
 */
function actsAsTuple(list: PyList): boolean {
  return (
    list.items.length < 32 &&
    list.items.some((item) => item === None || item === Ellipsis || item instanceof PySlice || item instanceof PyTensor || sequenceItems(item) !== undefined)
  );
}

/** The items of a key: a tuple (or a list acting as one) gives its items, anything else is one item. */
export function indexItems(key: PyValue): IndexItem[] {
  const items = key instanceof PyTuple || (key instanceof PyList && actsAsTuple(key)) ? key.items : [key];
  return items.map(indexItem);
}

function indexItem(item: PyValue): IndexItem {
  if (item === None) return null;
  if (item === Ellipsis) return engine.ELLIPSIS;
  if (typeof item === 'boolean') return item;
  if (item instanceof PyTensor) return item.tensor;
  if (item instanceof PySlice) return { start: sliceBound(item.start), stop: sliceBound(item.stop), step: sliceBound(item.step) };
  const sequence = sequenceItems(item);
  if (sequence !== undefined) return indexTensor(sequence);
  // A string is a sequence to PyTorch, which fails converting it to a tensor.
  if (typeof item === 'string') throw typeError("new(): invalid data type 'str'");
  const position = indexValue(item);
  if (position === undefined) {
    throw indexError(`only integers, slices (\`:\`), ellipsis (\`...\`), None and long or byte Variables are valid indices (got ${typeName(item)})`);
  }
  return Number(position);
}

function sliceBound(bound: PyValue): number | null {
  if (bound === None) return null;
  const value = indexValue(bound);
  if (value === undefined) throw typeError('slice indices must be integers or None or have an __index__ method');
  return Number(value);
}

/** A (nested) sequence as an index tensor: bool when all are bools, else int64 (floats give a float tensor, which indexing refuses). */
function indexTensor(items: readonly PyValue[]): Tensor {
  let allBools = true;
  let sawFloat = false;
  const convert = (item: PyValue): NestedValues => {
    const sequence = sequenceItems(item);
    if (sequence !== undefined) return sequence.map(convert);
    if (typeof item === 'boolean') return item;
    allBools = false;
    if (item instanceof PyFloat) {
      sawFloat = true;
      return item.value;
    }
    const position = item instanceof PyTensor ? undefined : indexValue(item);
    if (position === undefined) throw typeError(`new(): invalid data type '${typeName(item)}'`);
    return Number(position);
  };
  const values = items.map(convert);
  return engine.fromNested(values, items.length > 0 && allBools ? 'bool' : sawFloat ? 'float32' : 'int64');
}

export function getItem(tensor: Tensor, key: PyValue): Tensor {
  return engine.index(tensor, indexItems(key));
}

/**
 * A key whose only advanced index is one bool mask: PyTorch then fills with a one-element value as masked_fill_
 * would, converting it to the tensor's dtype (any other advanced key needs matching dtypes).
 */
function isSingleMask(items: readonly IndexItem[]): boolean {
  const advanced = items.filter((item) => typeof item === 'boolean' || item instanceof engine.Tensor || Array.isArray(item));
  const [only] = advanced;
  return advanced.length === 1 && only instanceof engine.Tensor && only.dtype === 'bool' && only.ndim > 0;
}

export function setItem(tensor: Tensor, key: PyValue, value: PyValue): void {
  const items = indexItems(key);
  if (value instanceof PyTensor) {
    const fill = value.tensor.numel === 1 && value.tensor.dtype !== tensor.dtype && isSingleMask(items);
    return engine.indexPut(tensor, items, fill ? engine.toDtype(value.tensor, tensor.dtype) : value.tensor);
  }
  if (typeof value === 'boolean') return engine.indexPut(tensor, items, value);
  const number = pythonNumber(value);
  if (number) {
    checkScalarFits(number.value, tensor.dtype);
    return engine.indexPut(tensor, items, number.value);
  }
  throw typeError(`can't assign a ${typeName(value)} to a torch.${LEGACY_TYPE_NAMES[tensor.dtype]}`);
}

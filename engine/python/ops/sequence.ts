// Subscripting (`x[i]`, `x[a:b:c]`, assignment and deletion) and len().
import { astralChars, strLength } from '../objects/text';
import { None, PyFloat, PyType, dictType, listType, typeName, type PyValue } from '../objects/core';
import { PyDict, PyDictView, PyList, PyRange, PySet, PySlice, PyTuple } from '../objects/containers';
import { KeyError, PyException, indexError, memoryError, overflowError, typeError, valueError } from '../objects/exceptions';
import { intAdd, intMul, type Int } from '../objects/int';
import type { BinaryOperator } from '../ast';
import { inplaceOp } from './arith';
import { callSpecial } from './call';
import { indexValue } from './convert';
import { hashKey } from './hash';
import { isIterable, toArray } from './iter';

/** Sequences longer than this are refused with MemoryError (CPython would exhaust memory). */
export const MAX_SEQUENCE_LENGTH = 2 ** 28;

/** Length of a sequence repeated `times` times, raising MemoryError when the result is absurdly large. */
export function repeatedLength(length: number, times: Int): number {
  if (times <= 0 || length === 0) return 0;
  const total = intMul(length, times);
  if (typeof total !== 'number' || total > MAX_SEQUENCE_LENGTH) throw memoryError();
  return total;
}

/** CPython's PySlice_GetIndicesEx: clamps a slice to a sequence of `length`. */
export function sliceIndices(s: PySlice, length: number): { start: number; stop: number; step: number; count: number } {
  const step = s.step === None ? 1 : sliceInt(s.step);
  if (step === 0) throw valueError('slice step cannot be zero');
  const lowerDefault = step < 0 ? length - 1 : 0;
  const upperDefault = step < 0 ? -1 : length;
  const clamp = (v: PyValue, dflt: number): number => {
    if (v === None) return dflt;
    let i = sliceInt(v);
    if (i < 0) {
      i += length;
      if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= length) i = step < 0 ? length - 1 : length;
    return i;
  };
  const start = clamp(s.start, lowerDefault);
  const stop = clamp(s.stop, upperDefault);
  const count = step > 0 ? (stop > start ? Math.floor((stop - start - 1) / step) + 1 : 0) : stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  return { start, stop, step, count };
}

function sliceInt(v: PyValue): number {
  const i = indexValue(v);
  if (i === undefined) throw typeError('slice indices must be integers or None or have an __index__ method');
  return typeof i === 'bigint' ? (i > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : i;
}

export function sliceItems<T>(items: readonly T[] | string, s: PySlice): T[] {
  const { start, step, count } = sliceIndices(s, items.length);
  const out: T[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j] as T;
  return out;
}

/** A slice of a string whose characters are all single UTF-16 units. */
function sliceString(s: string, slice: PySlice): string {
  const { start, step, count } = sliceIndices(slice, s.length);
  if (step === 1) return s.substring(start, start + count);
  let out = '';
  for (let i = 0, j = start; i < count; i++, j += step) out += s[j];
  return out;
}

/** Normalises a possibly negative index; returns -1 when out of range. */
function position(index: Int, length: number): number {
  const i = typeof index === 'bigint' ? -1 : index < 0 ? index + length : index;
  return i >= 0 && i < length ? i : -1;
}

function seqIndex(key: PyValue, what: string): Int {
  const i = indexValue(key);
  if (i === undefined) throw typeError(`${what} indices must be integers or slices, not ${typeName(key)}`);
  return i;
}

/** `obj[lower:upper]`: str and list slices by int bounds without a slice object; the rest takes getItem. */
export function sliceOf(obj: PyValue, lower: PyValue, upper: PyValue): PyValue {
  if ((typeof lower === 'number' || lower === None) && (typeof upper === 'number' || upper === None)) {
    if (typeof obj === 'string' && astralChars(obj) === null) {
      const start = sliceBound(lower, 0, obj.length);
      const stop = sliceBound(upper, obj.length, obj.length);
      return start < stop ? obj.substring(start, stop) : '';
    }
    if (obj instanceof PyList && obj.cls === listType) {
      const start = sliceBound(lower, 0, obj.items.length);
      const stop = sliceBound(upper, obj.items.length, obj.items.length);
      return new PyList(start < stop ? obj.items.slice(start, stop) : []);
    }
  }
  return getItem(obj, new PySlice(lower, upper, None));
}

/** A slice bound (an int, or None for `fallback`) clamped to [0, length] as Python does for step 1. */
function sliceBound(v: PyValue, fallback: number, length: number): number {
  if (typeof v !== 'number') return fallback;
  return v < 0 ? Math.max(0, v + length) : Math.min(v, length);
}

/**
 * Whether `obj`, an instance of a subclass of list or dict, has a class that overrides `name` (its own
 * __getitem__/__setitem__/__delitem__, which item syntax must call as CPython does).
 */
function overrides(obj: PyList | PyDict, name: string): boolean {
  const base = obj instanceof PyList ? listType : dictType;
  return obj.cls !== base && obj.cls.lookup(name) !== base.dict.get(name);
}

export function getItem(obj: PyValue, key: PyValue): PyValue {
  if ((obj instanceof PyList || obj instanceof PyDict) && overrides(obj, '__getitem__')) return callSpecial(obj, '__getitem__', [key])!;
  return containerItem(obj, key);
}

/** `obj[key]` with list's and dict's own item access (what list.__getitem__ and dict.__getitem__ do). */
export function containerItem(obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof PyList) {
    if (typeof key === 'number') {
      const i = key < 0 ? key + obj.items.length : key;
      if (i >= 0 && i < obj.items.length) return obj.items[i];
      throw indexError('list index out of range');
    }
    if (key instanceof PySlice) return new PyList(sliceItems(obj.items, key));
    const i = position(seqIndex(key, 'list'), obj.items.length);
    if (i < 0) throw indexError('list index out of range');
    return obj.items[i];
  }
  if (obj instanceof PyDict) {
    const entry = obj.entries.get(hashKey(key));
    if (entry !== undefined) return entry.value;
    if (obj.cls.name !== 'dict') {
      const viaMissing = callSpecial(obj, '__missing__', [key]);
      if (viaMissing !== undefined) return viaMissing;
    }
    throw new PyException(KeyError, [key]);
  }
  // A tuple subclass with its own __getitem__ (torch.Size, whose slices are Sizes) takes the dunder path.
  if (obj instanceof PyTuple && !obj.cls.dict.has('__getitem__')) {
    if (key instanceof PySlice) return new PyTuple(sliceItems(obj.items, key));
    const i = position(seqIndex(key, 'tuple'), obj.items.length);
    if (i < 0) throw indexError('tuple index out of range');
    return obj.items[i];
  }
  if (typeof obj === 'string') {
    const astral = astralChars(obj);
    if (key instanceof PySlice) return astral === null ? sliceString(obj, key) : sliceItems<string>(astral, key).join('');
    const chars = astral ?? obj;
    const index = indexValue(key);
    if (index === undefined) throw typeError(`string indices must be integers, not '${typeName(key)}'`);
    const i = position(index, chars.length);
    if (i < 0) throw indexError('string index out of range');
    return chars[i];
  }
  if (obj instanceof PyRange) return rangeItem(obj, key);
  const viaDunder = callSpecial(obj, '__getitem__', [key]);
  if (viaDunder !== undefined) return viaDunder;
  if (obj instanceof PyType) {
    const viaClass = obj.lookup('__class_getitem__');
    if (viaClass !== undefined) return callSpecial(obj, '__class_getitem__', [key])!;
    throw typeError(`type '${obj.name}' is not subscriptable`);
  }
  throw typeError(`'${typeName(obj)}' object is not subscriptable`);
}

function rangeItem(r: PyRange, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    if (typeof r.length !== 'number') throw typeError('range too large for slicing');
    const { start, stop, step } = sliceIndices(key, r.length);
    const at = (i: number) => intAdd(r.start, intMul(i, r.step));
    return new PyRange(at(start), at(stop), intMul(r.step, step));
  }
  const index = indexValue(key);
  if (index === undefined) throw typeError(`range indices must be integers or slices, not ${typeName(key)}`);
  const length = typeof r.length === 'number' ? r.length : Number.MAX_SAFE_INTEGER;
  const i = position(index, length);
  if (i < 0) throw indexError('range object index out of range');
  return intAdd(r.start, intMul(i, r.step));
}

export function setItem(obj: PyValue, key: PyValue, value: PyValue): void {
  if ((obj instanceof PyList || obj instanceof PyDict) && overrides(obj, '__setitem__')) {
    callSpecial(obj, '__setitem__', [key, value]);
    return;
  }
  setContainerItem(obj, key, value);
}

/** `obj[key] = value` with list's and dict's own item assignment (list.__setitem__, dict.__setitem__). */
export function setContainerItem(obj: PyValue, key: PyValue, value: PyValue): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) return assignSlice(obj, key, value);
    const i = position(seqIndex(key, 'list'), obj.items.length);
    if (i < 0) throw indexError('list assignment index out of range');
    obj.items[i] = value;
    return;
  }
  if (obj instanceof PyDict) {
    const k = hashKey(key);
    const entry = obj.entries.get(k);
    if (entry) entry.value = value;
    else obj.entries.set(k, { key, value });
    return;
  }
  if (callSpecial(obj, '__setitem__', [key, value]) !== undefined) return;
  throw typeError(`'${typeName(obj)}' object does not support item assignment`);
}

/**
 * `obj[key] op= value(f)` where evaluating `value` runs no Python code (a constant or a name): an existing entry
 * of a plain dict that holds an int, float or str is updated with one lookup (no code can remove it meanwhile).
 */
export function inplaceItem<F>(obj: PyValue, key: PyValue, op: BinaryOperator, value: (f: F) => PyValue, f: F): void {
  if (obj instanceof PyDict && obj.cls === dictType) {
    const entry = obj.entries.get(hashKey(key));
    const old = entry?.value;
    if (typeof old === 'number' || typeof old === 'string' || old instanceof PyFloat) {
      entry!.value = inplaceOp(op, old, value(f));
      return;
    }
  }
  setItem(obj, key, inplaceOp(op, getItem(obj, key), value(f)));
}

function assignSlice(list: PyList, s: PySlice, value: PyValue): void {
  if (!isIterable(value)) throw typeError('can only assign an iterable');
  const replacement = toArray(value);
  const { start, stop, step, count } = sliceIndices(s, list.items.length);
  if (step === 1) {
    list.items.splice(start, Math.max(0, stop - start), ...replacement);
    return;
  }
  if (replacement.length !== count) {
    throw valueError(`attempt to assign sequence of size ${replacement.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) list.items[j] = replacement[i];
}

export function delItem(obj: PyValue, key: PyValue): void {
  if ((obj instanceof PyList || obj instanceof PyDict) && overrides(obj, '__delitem__')) {
    callSpecial(obj, '__delitem__', [key]);
    return;
  }
  delContainerItem(obj, key);
}

/** `del obj[key]` with list's and dict's own item deletion (list.__delitem__, dict.__delitem__). */
export function delContainerItem(obj: PyValue, key: PyValue): void {
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const { start, step, count } = sliceIndices(key, obj.items.length);
      const doomed = new Set<number>();
      for (let i = 0, j = start; i < count; i++, j += step) doomed.add(j);
      obj.items = obj.items.filter((_, i) => !doomed.has(i));
      return;
    }
    const i = position(seqIndex(key, 'list'), obj.items.length);
    if (i < 0) throw indexError('list assignment index out of range');
    obj.items.splice(i, 1);
    return;
  }
  if (obj instanceof PyDict) {
    if (!obj.entries.delete(hashKey(key))) throw new PyException(KeyError, [key]);
    return;
  }
  if (callSpecial(obj, '__delitem__', [key]) !== undefined) return;
  throw typeError(`'${typeName(obj)}' object doesn't support item deletion`);
}

export function len(v: PyValue): number {
  if (typeof v === 'string') return strLength(v);
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict) return v.entries.size;
  if (v instanceof PySet) return v.items.size;
  if (v instanceof PyDictView) return v.mapping.entries.size;
  if (v instanceof PyRange) {
    if (typeof v.length !== 'number') throw overflowError('Python int too large to convert to C ssize_t');
    return v.length;
  }
  const r = callSpecial(v, '__len__', []);
  if (r === undefined) throw typeError(`object of type '${typeName(v)}' has no len()`);
  const n = indexValue(r);
  if (n === undefined) throw typeError(`'${typeName(r)}' object cannot be interpreted as an integer`);
  if (n < 0) throw valueError('__len__() should return >= 0');
  return Number(n);
}

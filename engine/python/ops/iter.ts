// The iteration protocol. Native code iterates through `iterate(v)`, a JS function returning the next item
// or undefined when exhausted; user iterators (`__iter__`/`__next__`) are adapted to that shape.
import { PyObject, typeName, type PyValue } from '../objects/core';
import { PyDict, PyDictView, PyIterator, PyList, PyRange, PySet, PyTuple, iteratorTypeNamed } from '../objects/containers';
import { PyException, RuntimeError, StopIteration, pyError, typeError } from '../objects/exceptions';
import { intAdd } from '../objects/int';
import { callSpecial } from './call';
import { setIterationOrder } from './hash';
import { astralChars } from '../objects/text';

export type NextFn = () => PyValue | undefined;

/** iter(v): a native iterator, or whatever the object's __iter__ returned. */
export function getIter(v: PyValue): PyValue {
  if (v instanceof PyIterator) return v;
  const native = nativeIterator(v);
  if (native) return new PyIterator(iteratorTypeNamed(iteratorName(v)), native);
  const it = callSpecial(v, '__iter__', []);
  if (it !== undefined) {
    if (!(it instanceof PyIterator) && !hasSpecial(it, '__next__')) {
      throw typeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    }
    return it;
  }
  if (hasSpecial(v, '__getitem__')) return new PyIterator(iteratorTypeNamed('iterator'), sequenceIterator(v));
  throw notIterable(v);
}

export function notIterable(v: PyValue) {
  return typeError(`'${typeName(v)}' object is not iterable`);
}

function hasSpecial(v: PyValue, name: string): boolean {
  return v instanceof PyObject && v.cls.lookup(name) !== undefined;
}

/** Whether iter(v) would succeed (without calling anything). */
export function isIterable(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyIterator || nativeIterator(v) !== undefined || hasSpecial(v, '__iter__') || hasSpecial(v, '__getitem__');
}

function iteratorName(v: PyValue): string {
  if (typeof v === 'string') return 'str_ascii_iterator';
  if (v instanceof PyDict) return 'dict_keyiterator';
  if (v instanceof PyDictView) return v.kind === 'keys' ? 'dict_keyiterator' : v.kind === 'values' ? 'dict_valueiterator' : 'dict_itemiterator';
  if (v instanceof PySet) return 'set_iterator';
  return `${typeName(v)}_iterator`;
}

/** Iterators for built-in types; undefined for other objects. */
function nativeIterator(v: PyValue): NextFn | undefined {
  if (typeof v === 'string') {
    if (astralChars(v) === null) {
      let i = 0;
      return () => (i < v.length ? v[i++] : undefined);
    }
    const chars = v[Symbol.iterator]();
    return () => {
      const r = chars.next();
      return r.done ? undefined : r.value;
    };
  }
  if (v instanceof PyList || v instanceof PyTuple) {
    let i = 0;
    return () => (i < v.items.length ? v.items[i++] : undefined);
  }
  if (v instanceof PyRange) {
    const { stop, step } = v;
    if (typeof v.start === 'number' && typeof stop === 'number' && typeof step === 'number') {
      let current = v.start;
      return () => {
        if (step > 0 ? current >= stop : current <= stop) return undefined;
        const out = current;
        current += step;
        return out;
      };
    }
    let i = 0;
    let current = v.start;
    return () => {
      if (typeof v.length === 'number' ? i >= v.length : BigInt(i) >= v.length) return undefined;
      i++;
      const out = current;
      current = intAdd(current, v.step);
      return out;
    };
  }
  if (v instanceof PyDict) return mapIterator(v.entries, (e) => e.key, 'dictionary');
  if (v instanceof PyDictView) {
    const pick = v.kind === 'keys' ? (e: { key: PyValue }) => e.key : v.kind === 'values' ? (e: { value: PyValue }) => e.value : (e: { key: PyValue; value: PyValue }) => new PyTuple([e.key, e.value]);
    return mapIterator(v.mapping.entries, pick, 'dictionary');
  }
  if (v instanceof PySet) {
    const ordered = setIterationOrder(v.items);
    const size = v.items.size;
    let i = 0;
    return () => {
      if (v.items.size !== size) throw pyError(RuntimeError, 'Set changed size during iteration');
      return i < ordered.length ? ordered[i++] : undefined;
    };
  }
  return undefined;
}

/** Iterates a dict's entries, raising RuntimeError if it changes size meanwhile (as CPython does). */
function mapIterator<T>(map: Map<unknown, T>, pick: (entry: T) => PyValue, what: string): NextFn {
  const values = map.values();
  const size = map.size;
  return () => {
    if (map.size !== size) throw pyError(RuntimeError, `${what} changed size during iteration`);
    const r = values.next();
    return r.done ? undefined : pick(r.value);
  };
}

function sequenceIterator(v: PyValue): NextFn {
  let i: number | bigint = 0;
  return () => {
    try {
      const item = callSpecial(v, '__getitem__', [i]);
      i = intAdd(i, 1);
      return item;
    } catch (e) {
      if (e instanceof PyException && e.cls.name === 'IndexError') return undefined;
      throw e;
    }
  };
}

/** Returns a function producing successive items of `v`. */
export function iterate(v: PyValue): NextFn {
  const native = v instanceof PyIterator ? v.next : nativeIterator(v);
  if (native) return native;
  const it = getIter(v);
  if (it instanceof PyIterator) return it.next;
  return () => nextOrUndefined(it);
}

/** next(it) on any iterator object; undefined on StopIteration. */
export function nextOrUndefined(it: PyValue): PyValue | undefined {
  if (it instanceof PyIterator) return it.next();
  try {
    const r = callSpecial(it, '__next__', []);
    if (r === undefined) throw typeError(`'${typeName(it)}' object is not an iterator`);
    return r;
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(StopIteration)) return undefined;
    throw e;
  }
}

/** All items of an iterable, as a fresh array. */
export function toArray(v: PyValue): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.slice();
  const next = iterate(v);
  const out: PyValue[] = [];
  for (let x = next(); x !== undefined; x = next()) out.push(x);
  return out;
}

// Rich comparison (==, !=, <, <=, >, >=) with reflected dunders, identity, and membership (`in`).
import { compareStrings } from '../objects/text';
import { NotImplemented, PyFloat, PyObject, typeOf, typeName, type PyValue } from '../objects/core';
import { PyDict, PyDictView, PyList, PyRange, PySet, PySlice, PyTuple } from '../objects/containers';
import { typeError } from '../objects/exceptions';
import type { CompareOperator } from '../ast';
import { callSpecial } from './call';
import { truthy } from './convert';
import { hashKey } from './hash';
import { isIterable, iterate } from './iter';

export type RichOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

const DUNDER: Record<RichOp, string> = { '<': '__lt__', '<=': '__le__', '>': '__gt__', '>=': '__ge__', '==': '__eq__', '!=': '__ne__' };
const REFLECTED: Record<RichOp, RichOp> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };

/** Compares two numbers (int/bool/float): <0, 0, >0, NaN if unordered; undefined if either is not a number.
 * JS compares bigint with number exactly, which is exactly Python's int/float comparison. */
function numericCompare(a: PyValue, b: PyValue): number | undefined {
  const x = typeof a === 'boolean' ? +a : a instanceof PyFloat ? a.value : a;
  const y = typeof b === 'boolean' ? +b : b instanceof PyFloat ? b.value : b;
  if ((typeof x !== 'number' && typeof x !== 'bigint') || (typeof y !== 'number' && typeof y !== 'bigint')) return undefined;
  return x < y ? -1 : x > y ? 1 : x == y ? 0 : NaN;
}

/** Native ordering of built-in values: a number (<0, 0, >0; NaN for unordered floats), or undefined if not comparable. */
function nativeOrder(a: PyValue, b: PyValue): number | undefined {
  const n = numericCompare(a, b);
  if (n !== undefined) return n;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    const x = a.items;
    const y = b.items;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (x[i] === y[i] || equals(x[i], y[i])) continue;
      return lessThan(x[i], y[i]) ? -1 : 1;
    }
    return x.length - y.length;
  }
  return undefined;
}

/** Sets and the keys/items views of dicts compare with each other as sets. */
function isSetLike(v: PyObject): boolean {
  return v instanceof PySet || (v instanceof PyDictView && v.kind !== 'values');
}

function hashKeys(v: PyObject): Set<unknown> {
  if (v instanceof PySet) return new Set(v.items.keys());
  const view = v as PyDictView;
  if (view.kind === 'keys') return new Set(view.mapping.entries.keys());
  return new Set([...view.mapping.entries.values()].map((e) => hashKey(new PyTuple([e.key, e.value]))));
}

/** Native equality of built-in values, or undefined when the types need the dunder protocol. */
function nativeEquals(a: PyValue, b: PyValue): boolean | undefined {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  const n = numericCompare(a, b);
  if (n !== undefined) return n === 0;
  if (!(a instanceof PyObject) || !(b instanceof PyObject)) return false;
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    if (a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) if (a.items[i] !== b.items[i] && !equals(a.items[i], b.items[i])) return false;
    return true;
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.entries.size !== b.entries.size) return false;
    for (const [k, e] of a.entries) {
      const other = b.entries.get(k);
      if (!other || (other.value !== e.value && !equals(e.value, other.value))) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) return a.items.size === b.items.size && [...a.items.keys()].every((k) => b.items.has(k));
  if (a instanceof PyRange && b instanceof PyRange) {
    if (a.length !== b.length) return false;
    return a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step));
  }
  if (a instanceof PySlice && b instanceof PySlice) return equals(new PyTuple([a.start, a.stop, a.step]), new PyTuple([b.start, b.stop, b.step]));
  if (isSetLike(a) && isSetLike(b) && (a instanceof PyDictView || b instanceof PyDictView)) {
    const [x, y] = [hashKeys(a), hashKeys(b)];
    return x.size === y.size && [...x].every((k) => y.has(k));
  }
  return undefined;
}

/** Whether `name` comes from a class outside builtins (a user class, or a native module's type). */
export function hasCustom(v: PyValue, name: string): boolean {
  if (!(v instanceof PyObject) || v.cls.module === 'builtins') return false;
  for (const t of v.cls.mro) if (t.dict.has(name)) return t.module !== 'builtins';
  return false;
}

/** Tries a.__op__(b), then b.__reflected__(a); undefined if both are absent or NotImplemented. */
function dunderCompare(op: RichOp, a: PyValue, b: PyValue): PyValue | undefined {
  const reflectFirst = b instanceof PyObject && typeOf(a) !== b.cls && b.cls.isSubtypeOf(typeOf(a));
  const attempts: [PyValue, string, PyValue][] = [
    [a, DUNDER[op], b],
    [b, DUNDER[REFLECTED[op]], a],
  ];
  if (reflectFirst) attempts.reverse();
  for (const [self, name, other] of attempts) {
    if (!(self instanceof PyObject) || self.cls.lookup(name) === undefined) continue;
    const r = callSpecial(self, name, [other]);
    if (r !== undefined && r !== NotImplemented) return r;
  }
  return undefined;
}

export function equals(a: PyValue, b: PyValue): boolean {
  if (a === b && !(a instanceof PyFloat)) return true;
  if (!hasCustom(a, '__eq__') && !hasCustom(b, '__eq__')) {
    const n = nativeEquals(a, b);
    if (n !== undefined) return n;
    return a === b;
  }
  return truthy(richCompare('==', a, b));
}

export function lessThan(a: PyValue, b: PyValue): boolean {
  const n = hasCustom(a, '__lt__') || hasCustom(b, '__gt__') ? undefined : nativeOrder(a, b);
  if (n !== undefined) return n < 0;
  return truthy(richCompare('<', a, b));
}

/** The value of `a op b` (a PyValue: user dunders may return anything, e.g. an elementwise tensor). */
export function richCompare(op: RichOp, a: PyValue, b: PyValue): PyValue {
  const custom = hasCustom(a, DUNDER[op]) || hasCustom(b, DUNDER[REFLECTED[op]]);
  if (!custom) {
    if (op === '==' || op === '!=') {
      const eq = nativeEquals(a, b) ?? a === b;
      return op === '==' ? eq : !eq;
    }
    const n = nativeOrder(a, b);
    if (n !== undefined) return op === '<' ? n < 0 : op === '<=' ? n <= 0 : op === '>' ? n > 0 : n >= 0;
    const setOrder = setCompare(op, a, b);
    if (setOrder !== undefined) return setOrder;
  }
  const r = dunderCompare(op, a, b);
  if (r !== undefined) return r;
  if (op === '==') return a === b;
  if (op === '!=') return custom && hasCustom(a, '__eq__') ? !equals(a, b) : a !== b;
  throw typeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

function setCompare(op: RichOp, a: PyValue, b: PyValue): boolean | undefined {
  if (!(a instanceof PySet) || !(b instanceof PySet)) return undefined;
  const subset = (x: PySet, y: PySet) => [...x.items.keys()].every((k) => y.items.has(k));
  switch (op) {
    case '<=':
      return subset(a, b);
    case '<':
      return a.items.size < b.items.size && subset(a, b);
    case '>=':
      return subset(b, a);
    case '>':
      return b.items.size < a.items.size && subset(b, a);
    default:
      return undefined;
  }
}

export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof PyDict) return container.entries.has(hashKey(item));
  if (container instanceof PySet) return container.items.has(hashKey(item));
  if (container instanceof PyList || container instanceof PyTuple) {
    for (const x of container.items) if (x === item || equals(x, item)) return true;
    return false;
  }
  if (container instanceof PyDictView && container.kind === 'keys') return container.mapping.entries.has(hashKey(item));
  const viaDunder = callSpecial(container, '__contains__', [item]);
  if (viaDunder !== undefined) return truthy(viaDunder);
  if (!isIterable(container)) throw typeError(`argument of type '${typeName(container)}' is not iterable`);
  const next = iterate(container);
  for (let x = next(); x !== undefined; x = next()) if (x === item || equals(x, item)) return true;
  return false;
}

export function compare(op: CompareOperator, a: PyValue, b: PyValue): PyValue {
  switch (op) {
    case 'is':
      return a === b;
    case 'is not':
      return a !== b;
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
    default:
      return richCompare(op, a, b);
  }
}

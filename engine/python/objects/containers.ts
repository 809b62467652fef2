// Built-in container objects: plain data holders. Their behaviour (methods, repr, comparison) lives in
// the protocol modules (ops/) and the per-type method tables (types/).
import { PyObject, PyType, builtinType, dictType, frozensetType, listType, rangeType, setType, sliceType, tupleType, type PyValue } from './core';
import type { Int } from './int';

export class PyList extends PyObject {
  constructor(
    public items: PyValue[],
    cls: PyType = listType,
  ) {
    super(cls);
  }
}

export class PyTuple extends PyObject {
  constructor(
    readonly items: readonly PyValue[],
    cls: PyType = tupleType,
  ) {
    super(cls);
  }
}

export const emptyTuple = new PyTuple([]);

/** Dict and set storage key: see ops/hash.ts for how Python values map to JS Map keys. */
export type HashKey = unknown;

export interface DictEntry {
  key: PyValue;
  value: PyValue;
}

export class PyDict extends PyObject {
  readonly entries = new Map<HashKey, DictEntry>();
  constructor(cls: PyType = dictType) {
    super(cls);
  }
}

export class PySet extends PyObject {
  readonly items = new Map<HashKey, PyValue>();
  constructor(cls: PyType = setType) {
    super(cls);
  }
  get frozen(): boolean {
    return this.cls.isSubtypeOf(frozensetType);
  }
}

export class PyRange extends PyObject {
  readonly length: Int;
  constructor(
    readonly start: Int,
    readonly stop: Int,
    readonly step: Int,
  ) {
    super(rangeType);
    this.length = rangeLength(start, stop, step);
  }
}

function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    return Math.max(0, n);
  }
  const [a, b, s] = [BigInt(start), BigInt(stop), BigInt(step)];
  const n = s > 0n ? (b - a + s - 1n) / s : (a - b - s - 1n) / -s;
  return n > 0n ? (n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n) : 0;
}

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super(sliceType);
  }
}

export type DictViewKind = 'keys' | 'values' | 'items';
export const dictViewTypes: Record<DictViewKind, PyType> = {
  keys: builtinType('dict_keys'),
  values: builtinType('dict_values'),
  items: builtinType('dict_items'),
};

export class PyDictView extends PyObject {
  constructor(
    readonly mapping: PyDict,
    readonly kind: DictViewKind,
  ) {
    super(dictViewTypes[kind]);
  }
}

/** A Python iterator implemented natively: `next()` returns undefined when exhausted. */
export class PyIterator extends PyObject {
  constructor(
    cls: PyType,
    readonly next: () => PyValue | undefined,
  ) {
    super(cls);
  }
}

const iteratorTypes = new Map<string, PyType>();
/** The type of a native iterator (`list_iterator`, `range_iterator`, ...), created on first use. */
export function iteratorTypeNamed(name: string): PyType {
  let t = iteratorTypes.get(name);
  if (!t) {
    t = builtinType(name);
    iteratorTypes.set(name, t);
  }
  return t;
}

// Built-in container objects: plain data holders. Their behaviour (methods, repr, comparison) lives in
// the protocol modules (ops/) and the per-type method tables (types/).
import { PyObject, PyType, builtinType, dictType, frozensetType, listType, rangeType, setType, sliceType, tupleType, type PyValue } from './core';
import { notImplemented } from './exceptions';
import type { Int } from './int';

export const NON_STR_ATTRIBUTE = 'non-str keys in __dict__ are not supported in agnb';

// Fields are declared and assigned in the constructors rather than written as parameter properties, which
// compile to class fields (see PyObject): these objects are created in inner loops.

export class PyList extends PyObject {
  declare items: PyValue[];
  constructor(items: PyValue[], cls: PyType = listType) {
    super(cls);
    this.items = items;
  }
}

export class PyTuple extends PyObject {
  declare readonly items: readonly PyValue[];
  /** The dict/set key of a tuple whose items' keys cannot change (see ops/hash.ts); set on first use. */
  declare key: string | undefined;
  constructor(items: readonly PyValue[], cls: PyType = tupleType) {
    super(cls);
    this.items = items;
    this.key = undefined;
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
  declare readonly entries: Map<HashKey, DictEntry>;
  constructor(cls: PyType = dictType, entries: Map<HashKey, DictEntry> = new Map()) {
    super(cls);
    this.entries = entries;
  }
}

/**
 * An instance's attribute namespace seen as dict storage, so `obj.__dict__` (and `vars(obj)`) is a dict whose
 * reads and writes go straight to the object's attributes, as in CPython. str keys hash to themselves
 * (ops/hash.ts), so a namespace key is its own hash key.
 */
export class NamespaceEntries extends Map<HashKey, DictEntry> {
  constructor(readonly namespace: Map<string, PyValue>) {
    super();
  }
  override get size(): number {
    return this.namespace.size;
  }
  override has(key: HashKey): boolean {
    return typeof key === 'string' && this.namespace.has(key);
  }
  override get(key: HashKey): DictEntry | undefined {
    return this.has(key) ? this.entry(key as string) : undefined;
  }
  override set(key: HashKey, entry: DictEntry): this {
    if (typeof key !== 'string') throw notImplemented(NON_STR_ATTRIBUTE);
    this.namespace.set(key, entry.value);
    return this;
  }
  override delete(key: HashKey): boolean {
    return typeof key === 'string' && this.namespace.delete(key);
  }
  override clear(): void {
    this.namespace.clear();
  }
  override *keys(): MapIterator<HashKey> {
    yield* this.namespace.keys();
  }
  override *values(): MapIterator<DictEntry> {
    for (const key of this.namespace.keys()) yield this.entry(key);
  }
  override *entries(): MapIterator<[HashKey, DictEntry]> {
    for (const key of this.namespace.keys()) yield [key, this.entry(key)];
  }
  override [Symbol.iterator](): MapIterator<[HashKey, DictEntry]> {
    return this.entries();
  }
  override forEach(fn: (value: DictEntry, key: HashKey, map: Map<HashKey, DictEntry>) => void): void {
    for (const [key, entry] of this.entries()) fn(entry, key, this);
  }
  /** The attribute as an entry; dict code updates existing entries in place, so assigning `value` writes through. */
  private entry(key: string): DictEntry {
    const namespace = this.namespace;
    let current = namespace.get(key)!;
    return {
      key,
      get value() {
        return current;
      },
      set value(v: PyValue) {
        current = v;
        namespace.set(key, v);
      },
    };
  }
}

export type SetChange = { kind: 'add' | 'remove'; value: PyValue } | { kind: 'merge'; values: PyValue[] };

/**
 * A set's elements by hash key, recording every insertion and removal so that iteration can follow CPython's
 * hash table (ops/hash.ts), including the slots removed elements leave behind.
 */
export class SetItems extends Map<HashKey, PyValue> {
  /**
   * Changes since the first removal or merge, oldest first; null while there were only insertions (then the
   * insertion order, which the Map keeps, is the whole history).
   */
  changes: SetChange[] | null = null;
  /** The simulated CPython table, owned by ops/hash.ts. */
  table: unknown = null;

  /** Adds `value` unless an equal element is there already, which stays (as CPython's set.add keeps it). */
  override set(key: HashKey, value: PyValue): this {
    if (super.has(key)) return this;
    if (this.changes) this.log({ kind: 'add', value });
    return super.set(key, value);
  }
  override delete(key: HashKey): boolean {
    const value = super.get(key);
    if (value === undefined) return false;
    this.log({ kind: 'remove', value });
    return super.delete(key);
  }
  /** Adds all of another set's elements (given in its iteration order) at once, as CPython's set_merge (`|=`). */
  merge(values: PyValue[], keys: HashKey[]): void {
    this.log({ kind: 'merge', values });
    keys.forEach((key, i) => {
      if (!super.has(key)) super.set(key, values[i]);
    });
  }
  private log(change: SetChange): void {
    // The history starts with the insertions so far, in order.
    this.changes ??= [...super.values()].map((value) => ({ kind: 'add', value }));
    this.changes.push(change);
    // A set changed often but never iterated folds its history into the table now and then.
    if (this.changes.length > 8 * this.size + 4096) SetItems.applyChanges(this);
  }
  /** Brings `table` up to date with `changes` (installed by ops/hash.ts, which owns the table). */
  static applyChanges: (items: SetItems) => void = () => {};
  override clear(): void {
    super.clear();
    this.changes = null;
    this.table = null;
  }
}

export class PySet extends PyObject {
  readonly items = new SetItems();
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
    cls: PyType = dictViewTypes[kind],
  ) {
    super(cls);
  }
}

/** A Python iterator implemented natively: `next()` returns undefined when exhausted. */
export class PyIterator extends PyObject {
  constructor(
    cls: PyType,
    readonly next: () => PyValue | undefined,
    /** For a native generator, the qualified name its repr shows (`Module.parameters`). */
    readonly generatorName?: string,
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

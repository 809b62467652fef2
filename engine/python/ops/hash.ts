// Hashing. Dicts and sets are JS Maps keyed by a `HashKey` derived from the Python value such that values
// Python considers equal get the same key: 1, 1.0 and True all map to the JS number 1; str maps to itself
// (JS strings and numbers never collide as Map keys); tuples map to an encoded string; objects without a
// custom __eq__/__hash__ map to themselves (identity).
import { None, PyFloat, PyInstance, PyObject, PySingleton, PyType, objectType, typeName, type PyValue } from '../objects/core';
import { PyDict, PyList, PySet, PyTuple, type HashKey, type SetChange, SetItems } from '../objects/containers';
import { typeError } from '../objects/exceptions';
import { PyFunction } from '../objects/functions';
import { callSpecial } from './call';
import { objectId } from './convert';

/** Prefix of encoded (tuple / custom-hash) keys; a lone low surrogate, which str keys practically never start with. */
const ENCODED = '\udfff';

export function hashKey(v: PyValue): HashKey {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat) return floatKey(v.value);
  if (v instanceof PyTuple) return v.key ?? tupleKey(v);
  return objectKey(v);
}

/**
 * A tuple's key, kept on the tuple when no item can change its own key (items that are ints, floats, strings,
 * bools or such tuples), as a tuple built once is often hashed twice (`d[t] = d.get(t, 0) + 1`).
 */
function tupleKey(t: PyTuple): string {
  const items = t.items;
  let key = ENCODED + 't';
  let lasting = true;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    key += (i ? ',' : '') + encodePart(item);
    if (typeof item === 'object' && !(item instanceof PyFloat) && !(item instanceof PyTuple && item.key !== undefined)) lasting = false;
  }
  key += ')';
  if (lasting) t.key = key;
  return key;
}

function floatKey(f: number): HashKey {
  if (Number.isInteger(f)) return Number.isSafeInteger(f) ? f + 0 : BigInt(f);
  return f;
}

function objectKey(v: PyObject): HashKey {
  if (v instanceof PyInstance) return customKey(v);
  if (v instanceof PySingleton || v instanceof PyType || v instanceof PyFunction) return v;
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) throw unhashable(v);
  if (v instanceof PySet) return ENCODED + 'f' + [...v.items.keys()].map((k) => encodeKey(k)).sort().join(',') + ')';
  return customKey(v);
}

/** The key of an object whose class may define `__hash__` (or set it to None). */
function customKey(v: PyObject): HashKey {
  // A class that defines __eq__ but not __hash__ gets `__hash__ = None` (see createClass), as in CPython.
  const hashFn = v.cls.lookup('__hash__');
  if (hashFn === None) throw unhashable(v);
  if (hashFn === undefined || hashFn === objectType.dict.get('__hash__')) return v;
  const h = callSpecial(v, '__hash__', [])!;
  if (typeof h !== 'number' && typeof h !== 'bigint') throw typeError('__hash__ method should return an integer');
  return ENCODED + 'h' + h.toString();
}

function encodeKey(k: HashKey): string {
  switch (typeof k) {
    case 'string':
      return 's' + k.length + ':' + k;
    case 'number':
    case 'bigint':
      return 'n' + String(k);
    default:
      return 'o' + objectId(k as object);
  }
}

function encodePart(v: PyValue): string {
  return encodeKey(hashKey(v));
}

function unhashable(v: PyValue) {
  return typeError(`unhashable type: '${typeName(v)}'`);
}

const HASH_MODULUS = (1n << 61n) - 1n;

/** hash(v) as CPython computes it for numbers; other values get a stable value derived from their key. */
export function pyHash(v: PyValue): number | bigint {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' || typeof v === 'bigint') return intHash(BigInt(v));
  if (v instanceof PyFloat) return floatHash(v.value);
  if (v instanceof PyTuple) return tupleHash(v.items);
  const key = hashKey(v);
  if (typeof key === 'string' && key.startsWith(ENCODED + 'h')) return BigInt(key.slice(2));
  if (typeof key === 'string') return stringHash(key);
  return objectId(key as object) >> 4;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** CPython's tuple hash: xxHash64's mixing over the items' hashes, in unsigned 64-bit arithmetic. */
function tupleHash(items: readonly PyValue[]): number | bigint {
  let acc = XXPRIME_5;
  for (const item of items) {
    const lane = BigInt.asUintN(64, BigInt(pyHash(item)));
    acc = BigInt.asUintN(64, acc + lane * XXPRIME_2);
    acc = BigInt.asUintN(64, (acc << 31n) | (acc >> 33n));
    acc = BigInt.asUintN(64, acc * XXPRIME_1);
  }
  acc = BigInt.asUintN(64, acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n)));
  if (acc === (1n << 64n) - 1n) return 1546275796;
  const signed = BigInt.asIntN(64, acc);
  return Number.isSafeInteger(Number(signed)) ? Number(signed) : signed;
}

function intHash(n: bigint): number | bigint {
  const neg = n < 0n;
  let h = (neg ? -n : n) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

function floatHash(f: number): number | bigint {
  if (Number.isNaN(f)) return 0;
  if (!Number.isFinite(f)) return f > 0 ? 314159 : -314159;
  if (Number.isInteger(f)) return intHash(BigInt(f));
  // Exact value m / 2^k reduced modulo 2^61 - 1, as in CPython's _Py_HashDouble.
  let m = Math.abs(f);
  let k = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    k++;
  }
  const inverse = modPow(2n, HASH_MODULUS - 1n - BigInt(k % 61), HASH_MODULUS);
  let h = (BigInt(m) % HASH_MODULUS) * inverse % HASH_MODULUS;
  if (f < 0) h = -h;
  if (h === -1n) h = -2n;
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const EMPTY = -1;
const DUMMY = -2;

/** CPython's set table replayed from a set's insertions and removals (setobject.c: set_add_entry, set_discard_entry). */
class SimulatedSetTable {
  mask = 7;
  slots = new Int32Array(8).fill(EMPTY);
  /** Active and removed entries by index; slots refer to them. */
  values: PyValue[] = [];
  keys: HashKey[] = [];
  hashes: bigint[] = [];
  fill = 0;
  used = 0;

  /** set_merge: one resize up front for all of the other set's elements, then each is added. */
  merge(values: PyValue[]): void {
    if ((this.fill + values.length) * 5 >= this.mask * 3) this.resize((this.used + values.length) * 2);
    for (const v of values) this.add(v);
  }

  add(value: PyValue): void {
    const key = hashKey(value);
    const hash = BigInt.asUintN(64, BigInt(pyHash(value)));
    const index = this.values.length;
    let freeslot = -1;
    let perturb = hash;
    let i = Number(hash & BigInt(this.mask));
    for (;;) {
      const probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const slot = this.slots[i + j];
        if (slot === EMPTY) {
          this.values.push(value);
          this.keys.push(key);
          this.hashes.push(hash);
          if (freeslot >= 0) {
            this.slots[freeslot] = index;
            this.used++;
            return;
          }
          this.slots[i + j] = index;
          this.fill++;
          this.used++;
          if (this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (slot >= 0 && this.keys[slot] === key) return;
        // CPython keeps the last dummy slot it passed, not the first.
        if (slot === DUMMY) freeslot = i + j;
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(this.mask));
    }
  }

  /** set_discard_entry: the element's slot becomes a dummy (probing as insertion did). */
  remove(value: PyValue): void {
    const key = hashKey(value);
    const hash = BigInt.asUintN(64, BigInt(pyHash(value)));
    let perturb = hash;
    let i = Number(hash & BigInt(this.mask));
    for (;;) {
      const probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const index = this.slots[i + j];
        if (index === EMPTY) return;
        if (index >= 0 && this.keys[index] === key) {
          this.slots[i + j] = DUMMY;
          this.used--;
          return;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(this.mask));
    }
  }

  /** set_table_resize: a table of the smallest power of two above `minUsed`, refilled in slot order without dummies. */
  private resize(minUsed: number): void {
    let size = 8;
    while (size <= minUsed) size <<= 1;
    const old = this.slots;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.fill = 0;
    for (const index of old) if (index >= 0) this.insertClean(index);
  }

  private insertClean(index: number): void {
    const hash = this.hashes[index];
    let perturb = hash;
    let i = Number(hash & BigInt(this.mask));
    for (;;) {
      const probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        if (this.slots[i + j] === EMPTY) {
          this.slots[i + j] = index;
          this.fill++;
          return;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(this.mask));
    }
  }

  ordered(): PyValue[] {
    const out: PyValue[] = [];
    for (const index of this.slots) if (index >= 0) out.push(this.values[index]);
    return out;
  }
}

SetItems.applyChanges = setIterationOrder;

/** The order in which CPython iterates a set with this history of insertions, removals and merges. */
export function setIterationOrder(items: SetItems): PyValue[] {
  if (items.changes === null && items.size < 2) return [...items.values()];
  const table = (items.table as SimulatedSetTable | null) ?? new SimulatedSetTable();
  const changes: SetChange[] = items.changes ?? [...items.values()].map((value) => ({ kind: 'add', value }));
  for (const change of changes) {
    if (change.kind === 'merge') table.merge(change.values);
    else if (change.kind === 'add') table.add(change.value);
    else table.remove(change.value);
  }
  if (items.changes === null) return table.ordered();
  // Once removals are involved the table is kept and only later changes are applied to it.
  items.table = table;
  items.changes = [];
  return table.ordered();
}

// Hashing. Dicts and sets are JS Maps keyed by a `HashKey` derived from the Python value such that values
// Python considers equal get the same key: 1, 1.0 and True all map to the JS number 1; str maps to itself
// (JS strings and numbers never collide as Map keys); tuples map to an encoded string; objects without a
// custom __eq__/__hash__ map to themselves (identity).
import { None, PyFloat, PyObject, PySingleton, PyType, objectType, typeName, type PyValue } from '../objects/core';
import { PyDict, PyList, PySet, PyTuple, type HashKey } from '../objects/containers';
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
  if (v instanceof PyTuple) return ENCODED + 't' + v.items.map(encodePart).join(',') + ')';
  return objectKey(v);
}

function floatKey(f: number): HashKey {
  if (Number.isInteger(f)) return Number.isSafeInteger(f) ? f + 0 : BigInt(f);
  return f;
}

function objectKey(v: PyObject): HashKey {
  if (v instanceof PySingleton || v instanceof PyType || v instanceof PyFunction) return v;
  if (v instanceof PyList || v instanceof PyDict || (v instanceof PySet && !v.frozen)) throw unhashable(v);
  if (v instanceof PySet) return ENCODED + 'f' + [...v.items.keys()].map((k) => encodeKey(k)).sort().join(',') + ')';
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

/**
 * The order in which CPython would iterate a set whose elements were added in `values` order: we replay the
 * insertions into a simulated CPython hash table (open addressing, linear probes, perturbation, growth at
 * 60% fill) and read it back in slot order. Deletions are not replayed (CPython leaves dummies there).
 */
export function setIterationOrder(values: PyValue[]): PyValue[] {
  if (values.length < 2) return values;
  const hashes = values.map((v) => BigInt.asUintN(64, BigInt(pyHash(v))));
  const insert = (table: Int32Array, mask: number, index: number) => {
    const hash = hashes[index];
    let perturb = hash;
    let i = Number(hash & BigInt(mask));
    for (;;) {
      if (table[i] < 0) {
        table[i] = index;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (table[i + j] < 0) {
            table[i + j] = index;
            return;
          }
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  };
  let mask = 7;
  let table = new Int32Array(8).fill(-1);
  for (let k = 0; k < values.length; k++) {
    insert(table, mask, k);
    const used = k + 1;
    if (used * 5 >= mask * 3) {
      let size = 8;
      const minUsed = used > 50000 ? used * 2 : used * 4;
      while (size <= minUsed) size <<= 1;
      const old = table;
      mask = size - 1;
      table = new Int32Array(size).fill(-1);
      for (const index of old) if (index >= 0) insert(table, mask, index);
    }
  }
  const out: PyValue[] = [];
  for (const index of table) if (index >= 0) out.push(values[index]);
  return out;
}

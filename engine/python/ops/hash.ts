// Hashing. Dicts and sets are JS Maps keyed by a `HashKey` derived from the Python value such that values
// Python considers equal get the same key: 1, 1.0 and True all map to the JS number 1; str maps to itself
// (JS strings and numbers never collide as Map keys); tuples map to an encoded string; objects without a
// custom __eq__/__hash__ map to themselves (identity).
import { PyFloat, PyObject, PySingleton, PyType, objectType, typeName, type PyValue } from '../objects/core';
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
  const hashFn = v.cls.lookup('__hash__');
  const eqFn = v.cls.lookup('__eq__');
  if (hashFn === objectType.dict.get('__hash__') && eqFn === objectType.dict.get('__eq__')) return v;
  if (hashFn === undefined || hashFn === objectType.dict.get('__hash__') || hashFn instanceof PySingleton) {
    // Defining __eq__ without __hash__ makes a class unhashable, as in CPython.
    if (eqFn !== objectType.dict.get('__eq__') || hashFn instanceof PySingleton) throw unhashable(v);
    return v;
  }
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
  const key = hashKey(v);
  if (typeof key === 'string' && key.startsWith(ENCODED + 'h')) return BigInt(key.slice(2));
  if (typeof key === 'string') return stringHash(key);
  return objectId(key as object) >> 4;
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

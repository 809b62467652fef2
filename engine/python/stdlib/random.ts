// The `random` module: CPython's Mersenne Twister, seeded the way CPython seeds it, so `random.seed(n)`
// followed by any of its functions yields exactly CPython's numbers. `random.Random(seed)` instances each have
// their own generator; the module's functions are the methods of one hidden instance, as in CPython.
import { None, PyFloat, PyModule, PyObject, PyType, objectType, typeName, typeOf, type Kwargs, type PyValue } from '../objects/core';
import { PyList, PyTuple } from '../objects/containers';
import { indexError, notImplemented, overflowError, typeError, valueError, zeroDivision } from '../objects/exceptions';
import { floatMod, floatPow } from '../objects/float';
import { PyNativeFunction } from '../objects/functions';
import { bitLength, intAbs, intAdd, intMod, intMul, intSub, normalizeInt, toBig, type Int } from '../objects/int';
import { getAttr } from '../ops/attr';
import { callMethod, initInstance } from '../ops/call';
import { floatValue, repr, requireIndex } from '../ops/convert';
import { pyHash } from '../ops/hash';
import { toArray } from '../ops/iter';
import { getItem, len, setItem } from '../ops/sequence';
import { registerModule } from '../modules';
import * as libm from '../objects/libm';
import { arity, defineMethods, keywords } from '../types/define';

const N = 624;
const M = 397;

/** MT19937, as in CPython's _randommodule.c. */
class MersenneTwister {
  private readonly state = new Uint32Array(N);
  private index = N + 1;
  gaussNext: number | null = null;

  /** The state words and the position of the next one, as getstate() exposes them. */
  snapshot(): { words: number[]; index: number } {
    return { words: Array.from(this.state), index: this.index };
  }

  restore(words: number[], index: number): void {
    this.state.set(words);
    this.index = index;
  }

  private initGenrand(seed: number): void {
    const mt = this.state;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  /** init_by_array: how CPython seeds from an int (its 32-bit words, least significant first). */
  seedWords(key: number[]): void {
    const mt = this.state;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.gaussNext = null;
  }

  seed(value: Int): void {
    let n = toBig(intAbs(value));
    const words: number[] = [];
    do {
      words.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.seedWords(words);
  }

  nextUint32(): number {
    const mt = this.state;
    if (this.index >= N) {
      for (let k = 0; k < N; k++) {
        const y = (mt[k] & 0x80000000) | (mt[(k + 1) % N] & 0x7fffffff);
        mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  getrandbits(k: number): Int {
    if (k <= 32) return k === 0 ? 0 : this.nextUint32() >>> (32 - k);
    let result = 0n;
    for (let shift = 0n, left = k; left > 0; shift += 32n, left -= 32) {
      let word = this.nextUint32();
      if (left < 32) word >>>= 32 - left;
      result |= BigInt(word) << shift;
    }
    return normalizeInt(result);
  }

  /** A uniform int in [0, n), by rejection sampling on getrandbits like CPython's _randbelow. */
  below(n: Int): Int {
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }
}

function fromNoneSeed(mt: MersenneTwister): void {
  const words = Array.from({ length: 8 }, () => Math.floor(Math.random() * 2 ** 32));
  mt.seedWords(words);
}

function real(v: PyValue, what: string): number {
  const f = floatValue(v);
  if (f === undefined) throw typeError(`${what} must be a real number`);
  return f;
}

/** A float argument of the distributions: CPython computes with whatever number it is given. */
function arg(v: PyValue | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const f = floatValue(v);
  if (f === undefined) throw typeError(`must be real number, not ${typeName(v)}`);
  return f;
}

// ---- random.Random: each instance has its own generator; the module's functions are one hidden instance's methods.

export const randomType = new PyType('Random', [objectType], 'random');

class PyRandom extends PyObject {
  readonly mt = new MersenneTwister();
  constructor(cls: PyType) {
    super(cls);
    if (cls.instancesHaveDict) this.dict = new Map();
    fromNoneSeed(this.mt);
  }
}

randomType.construct = (cls, args, kwargs) => {
  const instance = new PyRandom(cls);
  initInstance(instance, cls, args, kwargs);
  return instance;
};

const generator = (self: PyValue): MersenneTwister => {
  if (!(self instanceof PyRandom)) throw typeError(`descriptor requires a 'random.Random' object but received a '${typeName(self)}'`);
  return self.mt;
};

/** self.random(): a subclass may override it, and then the float-based methods use its numbers, as in CPython. */
function uniform01(self: PyValue): number {
  if (typeOf(self) === randomType) return generator(self).random();
  const value = callMethod(self, 'random', [], null, getAttr);
  return arg(value, 0);
}

function seed(mt: MersenneTwister, a: PyValue): void {
  if (a === None) fromNoneSeed(mt);
  else if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean') mt.seed(typeof a === 'boolean' ? +a : a);
  // A float seeds with its hash, as CPython's C seed does for every non-int.
  else if (a instanceof PyFloat) mt.seed(pyHash(a));
  else if (typeof a === 'string') throw notImplemented('random.seed() with a str seed is not supported in agnb; use an int');
  else throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
}

function randrange(mt: MersenneTwister, args: PyValue[]): Int {
  arity('randrange', args, 1, 3);
  const start = requireIndex(args[0]);
  if (args.length === 1 || args[1] === None) {
    if (start > 0) return mt.below(start);
    throw valueError('empty range for randrange()');
  }
  const stop = requireIndex(args[1]);
  const step = args.length > 2 ? requireIndex(args[2]) : 1;
  const width = intSub(stop, start);
  if (step === 1) {
    if (width > 0) return intAdd(start, mt.below(width));
    throw valueError(`empty range for randrange() (${start}, ${stop}, ${width})`);
  }
  if (step === 0) throw valueError('zero step for randrange()');
  const n = step > 0 ? (toBig(width) + toBig(step) - 1n) / toBig(step) : (toBig(width) + toBig(step) + 1n) / toBig(step);
  if (n <= 0n) throw valueError('empty range for randrange()');
  return intAdd(start, intMul(step, mt.below(normalizeInt(n))));
}

function normalVariate(self: PyValue, mu: number, sigma: number): number {
  for (;;) {
    const u1 = uniform01(self);
    const u2 = 1 - uniform01(self);
    const z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    if ((z * z) / 4 <= -libm.log(u2)) return mu + z * sigma;
  }
}

const NV_MAGICCONST = (4 * libm.exp(-0.5)) / Math.sqrt(2);
const TWOPI = 2 * Math.PI;
const LOG4 = libm.log(4);
const SG_MAGICCONST = 1 + libm.log(4.5);

function gammaVariate(self: PyValue, alpha: number, beta: number): number {
  if (alpha <= 0 || beta <= 0) throw valueError('gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1) {
    // Cheng's rejection algorithm GB, as random.py.
    const ainv = Math.sqrt(2 * alpha - 1);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = uniform01(self);
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1 - uniform01(self);
      const v = libm.log(u1 / (1 - u1)) / ainv;
      const x = alpha * libm.exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0 || r >= libm.log(z)) return x * beta;
    }
  }
  if (alpha === 1) return -libm.log(1 - uniform01(self)) * beta;
  // alpha < 1: the ALGORITHM GS of Statistical Computing (Kennedy & Gentle).
  for (;;) {
    const u = uniform01(self);
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    const x = p <= 1 ? libm.pow(p, 1 / alpha) : -libm.log((b - p) / alpha);
    const u1 = uniform01(self);
    if (p > 1 ? u1 <= libm.pow(x, alpha - 1) : u1 <= libm.exp(-x)) return x * beta;
  }
}

/** getstate(): (3, the 624 state words and the position, gauss_next), as CPython's Random.getstate. */
function getState(mt: MersenneTwister): PyTuple {
  const { words, index } = mt.snapshot();
  return new PyTuple([3, new PyTuple([...words, index]), mt.gaussNext === null ? None : new PyFloat(mt.gaussNext)]);
}

function setState(mt: MersenneTwister, state: PyValue): void {
  const parts = toArray(state);
  const version = parts[0];
  if (version !== 3 && version !== 2) throw valueError(`state with version ${repr(version ?? None)} passed to Random.setstate() of version 3`);
  if (parts.length !== 3) throw valueError(`${parts.length > 3 ? 'too many' : 'not enough'} values to unpack (expected 3${parts.length > 3 ? '' : `, got ${parts.length}`})`);
  let [, internal, gaussNext] = parts;
  // Version 2 states (Python 2.x) held words as signed C longs.
  if (version === 2) internal = new PyTuple(toArray(internal).map((word) => intMod(requireIndex(word), 2 ** 32)));
  if (!(internal instanceof PyTuple)) throw typeError('state vector must be a tuple');
  if (internal.items.length !== N + 1) throw valueError('state vector is the wrong size');
  const words = internal.items.slice(0, N).map((v) => {
    const word = requireIndex(v);
    if (word < 0) throw overflowError("can't convert negative int to unsigned");
    return Number(toBig(word) & 0xffffffffn);
  });
  const index = Number(requireIndex(internal.items[N]));
  if (index < 0 || index > N) throw valueError('invalid state');
  mt.restore(words, index);
  mt.gaussNext = gaussNext === None ? null : arg(gaussNext, 0);
}

type Method = (self: PyValue, args: PyValue[], kwargs: Kwargs) => PyValue;

/** Random's methods: (self, arguments) over that instance's generator. */
const METHODS: Record<string, Method> = {
  __init__: (self, args, kwargs) => {
    const kw = keywords('Random', kwargs, ['x']);
    arity('Random', args, 0, 1);
    callMethod(self, 'seed', [args[0] ?? kw.x ?? None], null, getAttr);
    return None;
  },
  seed: (self, args, kwargs) => {
    const kw = keywords('seed', kwargs, ['a', 'version']);
    arity('seed', args, 0, 2);
    seed(generator(self), args[0] ?? kw.a ?? None);
    return None;
  },
  random: (self, args) => {
    arity('random', args, 0);
    return new PyFloat(generator(self).random());
  },
  getrandbits: (self, args) => {
    arity('getrandbits', args, 1);
    const k = Number(requireIndex(args[0]));
    if (k < 0) throw valueError('number of bits must be non-negative');
    return generator(self).getrandbits(k);
  },
  getstate: (self, args) => {
    arity('getstate', args, 0);
    return getState(generator(self));
  },
  setstate: (self, args) => {
    arity('setstate', args, 1);
    setState(generator(self), args[0]);
    return None;
  },
  randrange: (self, args) => randrange(generator(self), args),
  randint: (self, args) => {
    arity('randint', args, 2);
    return randrange(generator(self), [args[0], intAdd(requireIndex(args[1]), 1)]);
  },
  uniform: (self, args) => {
    arity('uniform', args, 2);
    const a = real(args[0], 'a');
    const b = real(args[1], 'b');
    return new PyFloat(a + (b - a) * uniform01(self));
  },
  triangular: (self, args, kwargs) => {
    const kw = keywords('triangular', kwargs, ['low', 'high', 'mode']);
    arity('triangular', args, 0, 3);
    let low = arg(args[0] ?? kw.low, 0);
    let high = arg(args[1] ?? kw.high, 1);
    const mode = args[2] ?? kw.mode ?? None;
    let u = uniform01(self);
    if (high === low) return new PyFloat(low);
    let c = mode === None ? 0.5 : (arg(mode, 0) - low) / (high - low);
    if (u > c) {
      u = 1 - u;
      c = 1 - c;
      [low, high] = [high, low];
    }
    return new PyFloat(low + (high - low) * Math.sqrt(u * c));
  },
  choice: (self, args) => {
    arity('choice', args, 1);
    const n = len(args[0]);
    if (!n) throw indexError('Cannot choose from an empty sequence');
    return getItem(args[0], generator(self).below(n));
  },
  shuffle: (self, args) => {
    arity('shuffle', args, 1);
    const mt = generator(self);
    const x = args[0];
    for (let i = len(x) - 1; i > 0; i--) {
      const j = Number(mt.below(i + 1));
      const tmp = getItem(x, i);
      setItem(x, i, getItem(x, j));
      setItem(x, j, tmp);
    }
    return None;
  },
  sample: (self, args, kwargs) => {
    const kw = keywords('sample', kwargs, ['k', 'counts']);
    const mt = generator(self);
    const population = toArray(args[0]);
    const k = Number(requireIndex(args[1] ?? kw.k ?? None));
    const n = population.length;
    if (k < 0 || k > n) throw valueError('Sample larger than population or is negative');
    const result: PyValue[] = new Array(k);
    let setSize = 21;
    if (k > 5) setSize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setSize) {
      const pool = population.slice();
      for (let i = 0; i < k; i++) {
        const j = Number(mt.below(n - i));
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = Number(mt.below(n));
        while (selected.has(j)) j = Number(mt.below(n));
        selected.add(j);
        result[i] = population[j];
      }
    }
    return new PyList(result);
  },
  choices: (self, args, kwargs) => {
    const kw = keywords('choices', kwargs, ['weights', 'cum_weights', 'k']);
    const population = toArray(args[0]);
    const k = Number(requireIndex(kw.k ?? 1));
    const n = population.length;
    const weights = args[1] ?? kw.weights;
    let cumulative: number[] | null = kw.cum_weights !== undefined && kw.cum_weights !== None ? toArray(kw.cum_weights).map((w) => real(w, 'weight')) : null;
    if (!cumulative && (weights === undefined || weights === None)) {
      if (!n) throw indexError('Cannot choose from an empty sequence');
      return new PyList(Array.from({ length: k }, () => population[Math.floor(uniform01(self) * n)]));
    }
    if (!cumulative) {
      let acc = 0;
      cumulative = toArray(weights!).map((w) => (acc += real(w, 'weight')));
    }
    if (cumulative.length !== n) throw valueError('The number of weights does not match the population');
    const total = cumulative[n - 1];
    if (!(total > 0)) throw valueError('Total of weights must be greater than zero');
    const pick = (x: number) => {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (x < cumulative![mid]) hi = mid;
        else lo = mid + 1;
      }
      return population[lo];
    };
    return new PyList(Array.from({ length: k }, () => pick(uniform01(self) * total)));
  },
  gauss: (self, args, kwargs) => {
    const kw = keywords('gauss', kwargs, ['mu', 'sigma']);
    const mt = generator(self);
    const mu = real(args[0] ?? kw.mu ?? 0, 'mu');
    const sigma = real(args[1] ?? kw.sigma ?? 1, 'sigma');
    let z = mt.gaussNext;
    mt.gaussNext = null;
    if (z === null) {
      const angle = uniform01(self) * TWOPI;
      const radius = Math.sqrt(-2 * libm.log(1 - uniform01(self)));
      z = libm.cos(angle) * radius;
      mt.gaussNext = libm.sin(angle) * radius;
    }
    return new PyFloat(mu + z * sigma);
  },
  normalvariate: (self, args, kwargs) => {
    const kw = keywords('normalvariate', kwargs, ['mu', 'sigma']);
    return new PyFloat(normalVariate(self, real(args[0] ?? kw.mu ?? 0, 'mu'), real(args[1] ?? kw.sigma ?? 1, 'sigma')));
  },
  lognormvariate: (self, args) => {
    arity('lognormvariate', args, 2);
    return new PyFloat(libm.exp(normalVariate(self, arg(args[0], 0), arg(args[1], 1))));
  },
  expovariate: (self, args) => {
    arity('expovariate', args, 1);
    const lambd = arg(args[0], 1);
    if (lambd === 0) throw zeroDivision('float division by zero');
    return new PyFloat(-libm.log(1 - uniform01(self)) / lambd);
  },
  vonmisesvariate: (self, args) => {
    arity('vonmisesvariate', args, 2);
    const mu = arg(args[0], 0);
    const kappa = arg(args[1], 0);
    if (kappa <= 1e-6) return new PyFloat(TWOPI * uniform01(self));
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1 + s * s);
    let z: number;
    for (;;) {
      z = libm.cos(Math.PI * uniform01(self));
      const d = z / (r + z);
      const u2 = uniform01(self);
      if (u2 < 1 - d * d || u2 <= (1 - d) * libm.exp(d)) break;
    }
    const q = 1 / r;
    const f = (q + z) / (1 + q * z);
    const theta = uniform01(self) > 0.5 ? mu + libm.acos(f) : mu - libm.acos(f);
    return new PyFloat(floatMod(theta, TWOPI));
  },
  gammavariate: (self, args) => {
    arity('gammavariate', args, 2);
    return new PyFloat(gammaVariate(self, arg(args[0], 0), arg(args[1], 0)));
  },
  betavariate: (self, args) => {
    arity('betavariate', args, 2);
    const y = gammaVariate(self, arg(args[0], 0), 1);
    return new PyFloat(y ? y / (y + gammaVariate(self, arg(args[1], 0), 1)) : 0);
  },
  paretovariate: (self, args) => {
    arity('paretovariate', args, 1);
    const alpha = arg(args[0], 0);
    if (alpha === 0) throw zeroDivision('float division by zero');
    return new PyFloat(floatPow(1 - uniform01(self), -1 / alpha));
  },
  weibullvariate: (self, args) => {
    arity('weibullvariate', args, 2);
    const alpha = arg(args[0], 0);
    const beta = arg(args[1], 0);
    if (beta === 0) throw zeroDivision('float division by zero');
    return new PyFloat(alpha * floatPow(-libm.log(1 - uniform01(self)), 1 / beta));
  },
};

defineMethods(
  randomType,
  Object.fromEntries(Object.entries(METHODS).map(([name, method]) => [name, (args: PyValue[], kwargs: Kwargs) => method(args[0], args.slice(1), kwargs)])),
);
randomType.dict.set('VERSION', 3);

registerModule('random', () => {
  const m = new PyModule('random');
  const instance = new PyRandom(randomType);
  m.dict!.set('Random', randomType);
  for (const [name, method] of Object.entries(METHODS)) {
    if (name !== '__init__') m.dict!.set(name, new PyNativeFunction(name, (args, kwargs) => method(args[0], args.slice(1), kwargs), instance, 'Random'));
  }
  return m;
});

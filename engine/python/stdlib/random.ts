// The `random` module: CPython's Mersenne Twister, seeded the way CPython seeds it, so `random.seed(n)`
// followed by random()/randint()/choice()/shuffle()/uniform()/gauss() yields exactly CPython's numbers.
import { None, PyFloat, PyModule, type Kwargs, type PyValue } from '../objects/core';
import { PyList } from '../objects/containers';
import { indexError, typeError, valueError } from '../objects/exceptions';
import { PyNativeFunction } from '../objects/functions';
import { bitLength, intAbs, intAdd, intMul, intSub, normalizeInt, toBig, type Int } from '../objects/int';
import { floatValue, requireIndex } from '../ops/convert';
import { toArray } from '../ops/iter';
import { getItem, len, setItem } from '../ops/sequence';
import { registerModule } from '../modules';
import * as libm from '../objects/libm';
import { arity, keywords } from '../types/define';

const N = 624;
const M = 397;

/** MT19937, as in CPython's _randommodule.c. */
class MersenneTwister {
  private readonly state = new Uint32Array(N);
  private index = N + 1;
  gaussNext: number | null = null;

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

registerModule('random', () => {
  const mt = new MersenneTwister();
  fromNoneSeed(mt);
  const m = new PyModule('random');
  const def = (name: string, fn: (args: PyValue[], kwargs: Kwargs) => PyValue) => m.dict!.set(name, new PyNativeFunction(name, fn));

  const randrange = (args: PyValue[]): Int => {
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
  };

  def('seed', (args) => {
    arity('seed', args, 0, 2);
    const a = args[0] ?? None;
    if (a === None) fromNoneSeed(mt);
    else if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean') mt.seed(typeof a === 'boolean' ? +a : a);
    else if (a instanceof PyFloat) throw typeError('The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
    else throw typeError('random.seed() in agnb supports only int seeds (and None)');
    return None;
  });
  def('random', (args) => {
    arity('random', args, 0);
    return new PyFloat(mt.random());
  });
  def('getrandbits', (args) => {
    arity('getrandbits', args, 1);
    const k = Number(requireIndex(args[0]));
    if (k < 0) throw valueError('number of bits must be non-negative');
    return mt.getrandbits(k);
  });
  def('randrange', (args) => randrange(args));
  def('randint', (args) => {
    arity('randint', args, 2);
    return randrange([args[0], intAdd(requireIndex(args[1]), 1)]);
  });
  def('uniform', (args) => {
    arity('uniform', args, 2);
    const a = real(args[0], 'a');
    const b = real(args[1], 'b');
    return new PyFloat(a + (b - a) * mt.random());
  });
  def('choice', (args) => {
    arity('choice', args, 1);
    const n = len(args[0]);
    if (!n) throw indexError('Cannot choose from an empty sequence');
    return getItem(args[0], mt.below(n));
  });
  def('shuffle', (args) => {
    arity('shuffle', args, 1);
    const x = args[0];
    for (let i = len(x) - 1; i > 0; i--) {
      const j = Number(mt.below(i + 1));
      const tmp = getItem(x, i);
      setItem(x, i, getItem(x, j));
      setItem(x, j, tmp);
    }
    return None;
  });
  def('sample', (args, kwargs) => {
    const kw = keywords('sample', kwargs, ['k', 'counts']);
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
  });
  def('choices', (args, kwargs) => {
    const kw = keywords('choices', kwargs, ['weights', 'cum_weights', 'k']);
    const population = toArray(args[0]);
    const k = Number(requireIndex(kw.k ?? 1));
    const n = population.length;
    const weights = args[1] ?? kw.weights;
    let cumulative: number[] | null = kw.cum_weights !== undefined && kw.cum_weights !== None ? toArray(kw.cum_weights).map((w) => real(w, 'weight')) : null;
    if (!cumulative && (weights === undefined || weights === None)) {
      if (!n) throw indexError('Cannot choose from an empty sequence');
      return new PyList(Array.from({ length: k }, () => population[Math.floor(mt.random() * n)]));
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
    return new PyList(Array.from({ length: k }, () => pick(mt.random() * total)));
  });
  def('gauss', (args, kwargs) => {
    const kw = keywords('gauss', kwargs, ['mu', 'sigma']);
    const mu = real(args[0] ?? kw.mu ?? 0, 'mu');
    const sigma = real(args[1] ?? kw.sigma ?? 1, 'sigma');
    let z = mt.gaussNext;
    mt.gaussNext = null;
    if (z === null) {
      const angle = mt.random() * 2 * Math.PI;
      const radius = Math.sqrt(-2 * libm.log(1 - mt.random()));
      z = libm.cos(angle) * radius;
      mt.gaussNext = libm.sin(angle) * radius;
    }
    return new PyFloat(mu + z * sigma);
  });
  def('normalvariate', (args, kwargs) => {
    const kw = keywords('normalvariate', kwargs, ['mu', 'sigma']);
    const mu = real(args[0] ?? kw.mu ?? 0, 'mu');
    const sigma = real(args[1] ?? kw.sigma ?? 1, 'sigma');
    const magic = (4 * libm.exp(-0.5)) / Math.sqrt(2);
    for (;;) {
      const u1 = mt.random();
      const u2 = 1 - mt.random();
      const z = (magic * (u1 - 0.5)) / u2;
      if ((z * z) / 4 <= -libm.log(u2)) return new PyFloat(mu + z * sigma);
    }
  });
  return m;
});

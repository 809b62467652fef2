// The `math` module (the commonly used subset), with CPython's domain and range errors.
import { None, PyFloat, PyModule, typeName, type PyValue } from '../objects/core';
import { PyTuple } from '../objects/containers';
import { binaryOp } from '../ops/arith';
import { overflowError, typeError, valueError, zeroDivision } from '../objects/exceptions';
import { PyNativeFunction } from '../objects/functions';
import { intAbs, intMul, toBig, normalizeInt, type Int } from '../objects/int';
import { floatValue, indexValue } from '../ops/convert';
import { toArray } from '../ops/iter';
import { registerModule } from '../modules';
import * as libm from '../objects/libm';
import { arity, keywords } from '../types/define';
import { floatToIntChecked } from '../types/numbers';

function num(v: PyValue): number {
  const f = floatValue(v);
  if (f === undefined) throw typeError(`must be real number, not ${typeName(v)}`);
  return f;
}

function integer(v: PyValue): Int {
  const i = indexValue(v);
  if (i === undefined) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return i;
}

/** A float function of one argument: NaN from a non-NaN input is a domain error, ±inf from finite input an overflow. */
function unary(fn: (x: number) => number, overflowOk = false) {
  return (args: PyValue[]) => {
    arity('math function', args, 1);
    const x = num(args[0]);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw valueError('math domain error');
    if (!Number.isFinite(r) && Number.isFinite(x) && !overflowOk) throw overflowError('math range error');
    return new PyFloat(r);
  };
}

function log(args: PyValue[]): PyValue {
  arity('log', args, 1, 2);
  const ln = (v: PyValue): number => {
    const i = indexValue(v);
    if (typeof i === 'bigint' && i > 0n) {
      const digits = i.toString(2).length;
      const shift = Math.max(0, digits - 60);
      return libm.log(Number(i >> BigInt(shift))) + shift * Math.LN2;
    }
    const x = num(v);
    if (x <= 0) throw valueError('math domain error');
    return libm.log(x);
  };
  if (args.length === 1) return new PyFloat(ln(args[0]));
  const d = ln(args[1]);
  if (d === 0) throw zeroDivision('float division by zero');
  return new PyFloat(ln(args[0]) / d);
}

function factorial(args: PyValue[]): PyValue {
  arity('factorial', args, 1);
  const n = integer(args[0]);
  if (n < 0) throw valueError('factorial() not defined for negative values');
  let r: Int = 1;
  for (let i = 2; i <= Number(n); i++) r = intMul(r, i);
  return r;
}

function gcd(args: PyValue[]): PyValue {
  let g = 0n;
  for (const a of args) {
    let x = toBig(intAbs(integer(a)));
    let y = g;
    while (y) [x, y] = [y, x % y];
    g = x;
  }
  return normalizeInt(g);
}

function bigGcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

function lcm(args: PyValue[]): PyValue {
  let l = 1n;
  for (const a of args) {
    const x = toBig(intAbs(integer(a)));
    l = x === 0n || l === 0n ? 0n : (l / bigGcd(l, x)) * x;
  }
  return normalizeInt(l);
}

function isqrt(args: PyValue[]): PyValue {
  arity('isqrt', args, 1);
  const n = toBig(integer(args[0]));
  if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
  if (n < 2n) return normalizeInt(n);
  // Newton's method from above converges to floor(sqrt(n)).
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return normalizeInt(x);
    x = y;
  }
}

function nonNegative(v: PyValue, what: string): bigint {
  const i = toBig(integer(v));
  if (i < 0n) throw valueError(`${what} must be a non-negative integer`);
  return i;
}

/** n! / (n-k)!, the number of ordered picks. */
function fallingFactorial(n: bigint, k: bigint): bigint {
  let r = 1n;
  for (let i = 0n; i < k; i++) r *= n - i;
  return r;
}

function comb(args: PyValue[]): PyValue {
  arity('comb', args, 2);
  const n = nonNegative(args[0], 'n');
  let k = nonNegative(args[1], 'k');
  if (k > n) return 0;
  if (k > n - k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return normalizeInt(r);
}

function perm(args: PyValue[]): PyValue {
  arity('perm', args, 1, 2);
  const n = nonNegative(args[0], 'n');
  const k = args[1] === undefined || args[1] === None ? n : nonNegative(args[1], 'k');
  return normalizeInt(k > n ? 0n : fallingFactorial(n, k));
}

function prod(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const kw = keywords('prod', kwargs, ['start']);
  arity('prod', args, 1);
  let total: PyValue = kw.start ?? 1;
  for (const v of toArray(args[0])) total = binaryOp('*', total, v);
  return total;
}

/** C fmod: JS `%` on doubles computes the same exactly-rounded remainder. */
function fmod(x: number, y: number): number {
  if (y === 0 || !Number.isFinite(x)) {
    if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
    throw valueError('math domain error');
  }
  return x % y;
}

/** IEEE 754 remainder: x - n*y with n the integer nearest x/y (ties to even), computed exactly as CPython does. */
function remainder(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(x) || y === 0) throw valueError('math domain error');
  if (!Number.isFinite(y)) return x;
  const absx = Math.abs(x);
  const absy = Math.abs(y);
  const m = absx % absy;
  const c = absy - m;
  const r = m < c ? m : m > c ? -c : m - 2 * ((0.5 * (absx - m)) % absy);
  return (Math.sign(x) < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

function isclose(args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  arity('isclose', args, 2);
  const a = num(args[0]);
  const b = num(args[1]);
  const rel = kwargs?.has('rel_tol') ? num(kwargs.get('rel_tol')!) : 1e-9;
  const abs = kwargs?.has('abs_tol') ? num(kwargs.get('abs_tol')!) : 0;
  if (rel < 0 || abs < 0) throw valueError('tolerances must be non-negative');
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
}

function fsum(args: PyValue[]): PyValue {
  // Shewchuk's exact summation, as CPython's math.fsum.
  arity('fsum', args, 1);
  const partials: number[] = [];
  for (let x of toArray(args[0]).map(num)) {
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  return new PyFloat(partials.reduce((a, b) => a + b, 0));
}

registerModule('math', () => {
  const m = new PyModule('math');
  const fns: Record<string, (args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue> = {
    sqrt: unary(Math.sqrt),
    exp: unary(libm.exp),
    expm1: unary(Math.expm1),
    log,
    log2: unary((x) => (x <= 0 ? NaN : libm.log2(x))),
    log10: unary((x) => (x <= 0 ? NaN : libm.log10(x))),
    log1p: unary((x) => (x <= -1 ? NaN : Math.log1p(x))),
    sin: unary(libm.sin),
    cos: unary(libm.cos),
    tan: unary(libm.tan),
    asin: unary(libm.asin),
    acos: unary(libm.acos),
    atan: unary(libm.atan),
    sinh: unary(libm.sinh),
    cosh: unary(libm.cosh),
    tanh: unary(Math.tanh),
    atan2: (args) => {
      arity('atan2', args, 2);
      return new PyFloat(libm.atan2(num(args[0]), num(args[1])));
    },
    hypot: (args) => new PyFloat(libm.hypot(args.map(num))),
    pow: (args) => {
      arity('pow', args, 2);
      const [x, y] = [num(args[0]), num(args[1])];
      if (x === 0 && y < 0) throw valueError('math domain error');
      if (x < 0 && Number.isFinite(y) && !Number.isInteger(y)) throw valueError('math domain error');
      const r = libm.pow(x, y);
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw overflowError('math range error');
      return new PyFloat(r);
    },
    fabs: unary(Math.abs),
    floor: (args) => {
      arity('floor', args, 1);
      return typeof args[0] === 'number' || typeof args[0] === 'bigint' ? args[0] : floatToIntChecked(Math.floor(num(args[0])));
    },
    ceil: (args) => {
      arity('ceil', args, 1);
      return typeof args[0] === 'number' || typeof args[0] === 'bigint' ? args[0] : floatToIntChecked(Math.ceil(num(args[0])));
    },
    trunc: (args) => floatToIntChecked(Math.trunc(num(args[0]))),
    isnan: (args) => Number.isNaN(num(args[0])),
    isinf: (args) => {
      const x = num(args[0]);
      return !Number.isFinite(x) && !Number.isNaN(x);
    },
    isfinite: (args) => Number.isFinite(num(args[0])),
    isclose,
    factorial,
    gcd,
    fsum,
    copysign: (args) => {
      const [x, y] = [num(args[0]), num(args[1])];
      return new PyFloat(Math.sign(y) < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x));
    },
    lcm,
    isqrt,
    comb,
    perm,
    prod,
    fmod: (args) => {
      arity('fmod', args, 2);
      return new PyFloat(fmod(num(args[0]), num(args[1])));
    },
    remainder: (args) => {
      arity('remainder', args, 2);
      return new PyFloat(remainder(num(args[0]), num(args[1])));
    },
    modf: (args) => {
      arity('modf', args, 1);
      const x = num(args[0]);
      const whole = Number.isFinite(x) ? Math.trunc(x) : x;
      const fraction = Number.isFinite(x) ? x - whole : Number.isNaN(x) ? x : 0 * Math.sign(x);
      return new PyTuple([new PyFloat(fraction === 0 && x < 0 ? -0 : fraction), new PyFloat(whole)]);
    },
    degrees: (args) => new PyFloat((num(args[0]) * 180) / Math.PI),
    radians: (args) => new PyFloat((num(args[0]) * Math.PI) / 180),
  };
  for (const [name, fn] of Object.entries(fns)) m.dict!.set(name, new PyNativeFunction(name, fn));
  m.dict!.set('pi', new PyFloat(Math.PI));
  m.dict!.set('e', new PyFloat(Math.E));
  m.dict!.set('tau', new PyFloat(2 * Math.PI));
  m.dict!.set('inf', new PyFloat(Infinity));
  m.dict!.set('nan', new PyFloat(NaN));
  return m;
});

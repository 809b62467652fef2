// The `math` module (the commonly used subset), with CPython's domain and range errors.
import { None, PyFloat, PyModule, typeName, type PyValue } from '../objects/core';
import { PyTuple } from '../objects/containers';
import { binaryOp } from '../ops/arith';
import { overflowError, typeError, valueError, zeroDivision } from '../objects/exceptions';
import { decomposeFloat, scaledToFloat } from '../objects/float';
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

/**
 * A float function of one argument, with CPython's math_1 rules: NaN from a non-NaN input is a domain error; an
 * infinity from a finite input is a range error (OverflowError) where the function can overflow, else a domain error.
 */
function unary(fn: (x: number) => number, canOverflow = false) {
  return (args: PyValue[]) => {
    arity('math function', args, 1);
    const x = num(args[0]);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw valueError('math domain error');
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
      if (canOverflow) throw overflowError('math range error');
      throw valueError('math domain error');
    }
    return new PyFloat(r);
  };
}

// ---- gamma and lgamma: CPython's own Lanczos approximation (mathmodule.c), over the C library's exp, pow, log, sin.

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const LOG_PI = 1.144729885849400174143427351353058711647;

/** The Lanczos sum as a rational function, in 1/x beyond 5 so it cannot overflow. */
function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = LANCZOS_NUM.length - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_NUM.length; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi·x), exact at integers and half-integers. */
function sinPi(x: number): number {
  const y = Math.abs(x) % 2;
  let r: number;
  switch (Math.round(2 * y)) {
    case 0:
      r = libm.sin(Math.PI * y);
      break;
    case 1:
      r = libm.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = libm.sin(Math.PI * (1 - y));
      break;
    case 3:
      r = -libm.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = libm.sin(Math.PI * (y - 2));
  }
  return x < 0 ? -r : r;
}

/** Gamma(n) for n = 1..23, exactly. */
const GAMMA_INTEGRAL = Array.from({ length: 23 }, (_, i) => Array.from({ length: i }, (_, k) => k + 1).reduce((a, b) => a * b, 1));

function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    throw valueError('math domain error');
  }
  if (x === 0) throw valueError('math domain error');
  if (Number.isInteger(x)) {
    if (x < 0) throw valueError('math domain error');
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return 1 / x;
  if (absx > 200) return x < 0 ? 0 / sinPi(x) : Infinity;
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The rounding error of y, as a correction to the pow and exp below.
  const z = ((absx > LANCZOS_G_MINUS_HALF ? y - absx - LANCZOS_G_MINUS_HALF : y - LANCZOS_G_MINUS_HALF - absx) * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-Math.PI / sinPi(absx) / absx) * libm.exp(y)) / lanczosSum(absx));
    r -= z * r;
    if (absx < 140) r /= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140) r *= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return r;
}

function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (Number.isInteger(x) && x <= 2) {
    if (x <= 0) throw valueError('math domain error');
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOG_PI - libm.log(Math.abs(sinPi(absx))) - libm.log(absx) - r;
  return r;
}

/** math.ldexp: x × 2^i rounded once, as C's ldexp. */
function ldexp(args: PyValue[]): PyValue {
  arity('ldexp', args, 2);
  const x = num(args[0]);
  const i = indexValue(args[1]);
  if (i === undefined) throw typeError('Expected an int as second argument to ldexp.');
  if (x === 0 || !Number.isFinite(x)) return new PyFloat(x);
  const { mantissa, exponent } = decomposeFloat(x);
  // Beyond ±2^12 the result is an overflow or a zero whatever x is.
  const shift = Math.max(-5000, Math.min(5000, Number(i)));
  const r = scaledToFloat(mantissa, exponent + shift);
  if (!Number.isFinite(r)) throw overflowError('math range error');
  return new PyFloat(r === 0 && x < 0 ? -0 : r);
}

/** C nextafter: the double next to x in the direction of y. */
function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  // Moving away from zero increases the magnitude bits; toward zero decreases them.
  view.setBigUint64(0, (y > x) === (x > 0) ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (a === Infinity) return a;
  const up = nextAfter(a, Infinity);
  return up === Infinity ? a - nextAfter(a, -Infinity) : up - a;
}

/** math.dist: the Euclidean distance between two points given as iterables of equal length. */
function dist(args: PyValue[]): PyValue {
  arity('dist', args, 2);
  const [p, q] = args.map((v) => toArray(v).map(num));
  if (p.length !== q.length) throw valueError('both points must have the same number of dimensions');
  return new PyFloat(libm.hypot(p.map((v, i) => v - q[i])));
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
    exp: unary(libm.exp, true),
    exp2: unary(libm.exp2, true),
    expm1: unary(Math.expm1, true),
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
    sinh: unary(libm.sinh, true),
    cosh: unary(libm.cosh, true),
    tanh: unary(Math.tanh),
    asinh: unary(libm.asinh),
    acosh: unary(libm.acosh),
    atanh: unary(Math.atanh),
    cbrt: unary(libm.cbrt),
    erf: unary(libm.erf),
    erfc: unary(libm.erfc),
    gamma: unary(gamma, true),
    lgamma: unary(lgamma, true),
    frexp: (args) => {
      arity('frexp', args, 1);
      const [m, e] = libm.frexp(num(args[0]));
      return new PyTuple([new PyFloat(m), e]);
    },
    ldexp,
    nextafter: (args) => {
      arity('nextafter', args, 2);
      return new PyFloat(nextAfter(num(args[0]), num(args[1])));
    },
    ulp: (args) => {
      arity('ulp', args, 1);
      return new PyFloat(ulp(num(args[0])));
    },
    dist,
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

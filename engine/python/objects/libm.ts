// The C library functions CPython's math module calls. exp, log, sin and cos are glibc's own algorithms
// (engine/numeric/libm.ts), bit for bit. pow, log2, tan and atan are evaluated in double-double arithmetic
// (~106 bits) and rounded once, which agrees with glibc (accurate to about half an ulp) except where the
// exact value is within a hair of a rounding boundary (about 1 input in 500); V8's Math.* are off by one
// ulp for a few percent of inputs, which shows up in printed floats. Functions where glibc and V8 share
// fdlibm's algorithm (tanh, expm1, ...) stay on Math.*; log10 follows glibc's fdlibm-derived algorithm.
import { libmCosFloat64, libmErfFloat64, libmErfcFloat64, libmExpFloat64, libmLogFloat64, libmSinFloat64 } from '../../numeric/libm';

export { libmCosFloat64 as cos, libmErfFloat64 as erf, libmErfcFloat64 as erfc, libmExpFloat64 as exp, libmLogFloat64 as log, libmSinFloat64 as sin };

type DD = [number, number];

const SPLITTER = 134217729; // 2^27 + 1, for Dekker's product

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function split(a: number): DD {
  const t = SPLITTER * a;
  const hi = t - (t - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s1, s2] = twoSum(a[0], b[0]);
  const [t1, t2] = twoSum(a[1], b[1]);
  const [u1, u2] = quickTwoSum(s1, s2 + t1);
  return quickTwoSum(u1, u2 + t2);
}

function neg(a: DD): DD {
  return [-a[0], -a[1]];
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function mulNum(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r1 = add(a, neg(mulNum(b, q1)));
  const q2 = r1[0] / b[0];
  const r2 = add(r1, neg(mulNum(b, q2)));
  const q3 = r2[0] / b[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

function sqrtDD(a: DD): DD {
  const s = Math.sqrt(a[0]);
  if (s === 0) return [0, 0];
  const residual = add(a, neg(twoProd(s, s)));
  return quickTwoSum(s, residual[0] / (2 * s));
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const INV_LN2: DD = [1.4426950408889634, 2.0355273740931033e-17];
const PI: DD = [3.141592653589793, 1.2246467991473532e-16];
const PI_2: DD = [1.5707963267948966, 6.123233995736766e-17];
const PI_2_TAIL = -1.4973849048591698e-33;

/** 1/n! for the exp and sin/cos series. */
const INV_FACTORIAL: DD[] = [];
for (let n = 0, f = 1; n <= 30; n++, f *= n) INV_FACTORIAL.push(div([1, 0], [f, 0]));
/** 1/(2n+1) for the log and atan series. */
const INV_ODD: DD[] = Array.from({ length: 40 }, (_, n) => div([1, 0], [2 * n + 1, 0]));

/** e^r for a small double-double r (|r| < 0.36), via r/256, a Taylor series and 8 squarings. */
function expSmall(r: DD): DD {
  const x = mulNum(r, 1 / 256);
  let sum: DD = INV_FACTORIAL[11];
  for (let n = 10; n >= 0; n--) sum = add(mul(sum, x), INV_FACTORIAL[n]);
  for (let i = 0; i < 8; i++) sum = mul(sum, sum);
  return sum;
}

/** e^x for a double-double x; returns [mantissa DD, power of two] so callers can scale once, at the end. */
function expDD(x: DD): { m: DD; k: number } {
  const k = Math.round(mul(x, INV_LN2)[0]);
  const r = add(x, neg(mulNum(LN2, k)));
  return { m: expSmall(r), k };
}

/** m × 2^k rounded once (also into the subnormal range). */
function scale(m: DD, k: number): number {
  if (k > 1023) return m[0] * 2 ** 1023 * 2 ** (k - 1023);
  if (k >= -1022) return (m[0] + m[1]) * 2 ** k;
  // Subnormal: add the tail before the final (lossy) scaling so rounding happens once.
  const factor = 2 ** (k + 1074);
  const [hi, lo] = mulNum(m, factor);
  return (hi + lo) * 2 ** -1074;
}

/** ln x (x > 0, finite) as a double-double. */
function logDD(x: number): DD {
  let k = 0;
  let m = x;
  if (m < 2 ** -1022) {
    m *= 2 ** 54;
    k -= 54;
  }
  const e = Math.floor(Math.log2(m));
  m /= 2 ** e;
  k += e;
  // Math.log2 may be off by one near powers of two; renormalise m into [1, 2).
  while (m >= 2) {
    m /= 2;
    k++;
  }
  while (m < 1) {
    m *= 2;
    k--;
  }
  if (m > Math.SQRT2) {
    m /= 2;
    k++;
  }
  // ln m = 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...), s = (m - 1)/(m + 1), |s| < 0.172.
  const s = div([m - 1, 0], twoSum(m, 1));
  const t = mul(s, s);
  let sum: DD = INV_ODD[24];
  for (let n = 23; n >= 0; n--) sum = add(mul(sum, t), INV_ODD[n]);
  const lnM = mulNum(mul(s, sum), 2);
  return add(mulNum(LN2, k), lnM);
}

/** glibc's log10 is fdlibm's: split off the binary exponent, then k·log10(2) + log(m)/ln(10) in doubles. */
export function log10(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  const view = new DataView(new ArrayBuffer(8));
  let k = 0;
  if (x < 2 ** -1022) {
    k -= 54;
    x *= 2 ** 54;
  }
  view.setFloat64(0, x);
  let hx = view.getInt32(0);
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  view.setInt32(0, hx);
  const y = k + i;
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-1 * libmLogFloat64(view.getFloat64(0));
  return z + y * 3.01029995663611771306e-1;
}

export function log2(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  const [hi, lo] = mul(logDD(x), INV_LN2);
  return hi + lo;
}

/** x ** y for finite x > 0 and finite y; the caller handles signs and special values. */
export function powPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  if (y === 2) return x * x;
  const p = mul(logDD(x), [y, 0]);
  if (p[0] > 709.8) return Infinity;
  if (p[0] < -745.2) return 0;
  const { m, k } = expDD(p);
  return scale(m, k);
}

/** C99 pow for all finite and special inputs (as glibc behaves). */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return Math.pow(x, y);
  if (x > 0) return powPositive(x, y);
  if (!Number.isInteger(y)) return NaN;
  const magnitude = powPositive(-x, y);
  return Math.abs(y % 2) === 1 ? -magnitude : magnitude;
}

/** x reduced by multiples of pi/2: x = n·(pi/2) + r with |r| <= pi/4 (valid while n·(pi/2) is exact enough). */
function reduce(x: number): { r: DD; n: number } {
  const n = Math.round(x / PI_2[0]);
  if (n === 0) return { r: [x, 0], n: 0 };
  let r = add(twoSum(x, -twoProd(n, PI_2[0])[0]), [-twoProd(n, PI_2[0])[1], 0]);
  r = add(r, neg(twoProd(n, PI_2[1])));
  r = add(r, [-n * PI_2_TAIL, 0]);
  return { r, n };
}

function sinSeries(r: DD): DD {
  const r2 = mul(r, r);
  let sum: DD = INV_FACTORIAL[27];
  for (let n = 25; n >= 1; n -= 2) sum = add(neg(mul(sum, r2)), INV_FACTORIAL[n]);
  return mul(sum, r);
}

function cosSeries(r: DD): DD {
  const r2 = mul(r, r);
  let sum: DD = INV_FACTORIAL[26];
  for (let n = 24; n >= 0; n -= 2) sum = add(neg(mul(sum, r2)), INV_FACTORIAL[n]);
  return sum;
}

/** Beyond this the simple reduction loses accuracy; such arguments fall back to Math.*. */
const REDUCTION_LIMIT = 2 ** 28;

export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (x === 0 || Math.abs(x) < 2 ** -27) return x;
  if (Math.abs(x) > REDUCTION_LIMIT) return Math.tan(x);
  const { r, n } = reduce(x);
  const s = sinSeries(r);
  const c = cosSeries(r);
  const [hi, lo] = n % 2 === 0 ? div(s, c) : neg(div(c, s));
  return hi + lo;
}

/** atan of a double-double, by two argument halvings (atan x = 2 atan(x / (1 + sqrt(1 + x²)))) and a series. */
function atanDD(x: DD): DD {
  const negative = x[0] < 0;
  let v: DD = negative ? neg(x) : x;
  let offset: DD = [0, 0];
  let sign = 1;
  if (v[0] > 1) {
    v = div([1, 0], v);
    offset = PI_2;
    sign = -1;
  }
  for (let i = 0; i < 2; i++) v = div(v, add([1, 0], sqrtDD(add([1, 0], mul(v, v)))));
  const t = mul(v, v);
  let sum: DD = INV_ODD[30];
  for (let n = 29; n >= 0; n--) sum = add(neg(mul(sum, t)), INV_ODD[n]);
  let result = mulNum(mul(v, sum), 4);
  if (sign < 0) result = add(offset, neg(result));
  return negative ? neg(result) : result;
}

export function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? PI_2[0] : -PI_2[0];
  if (x === 0 || Math.abs(x) < 2 ** -27) return x;
  const [hi, lo] = atanDD([x, 0]);
  return hi + lo;
}

export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y) || !Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  let a = atanDD(div([y, 0], [x, 0]));
  if (x < 0) a = y >= 0 ? add(a, PI) : add(a, neg(PI));
  return a[0] + a[1];
}

/** cosh and sinh as glibc computes them (fdlibm's formulas over the correctly rounded exp). */
export function cosh(x: number): number {
  const ax = Math.abs(x);
  if (Number.isNaN(x)) return x;
  if (ax < 0.5 * LN2[0]) {
    const t = Math.expm1(ax);
    const w = 1 + t;
    return ax < 2 ** -55 ? w : 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = libmExpFloat64(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < 709.782712893384) return 0.5 * libmExpFloat64(ax);
  const w = libmExpFloat64(0.5 * ax);
  return 0.5 * w * w;
}

export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x;
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < 2 ** -28) return x;
    const t = Math.expm1(ax);
    if (ax < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < 709.782712893384) return h * libmExpFloat64(ax);
  const w = libmExpFloat64(0.5 * ax);
  return h * w * w;
}

/** math.hypot: CPython computes it correctly rounded; so do we (sum of squares and root in double-double). */
export function hypot(values: number[]): number {
  let max = 0;
  for (const v of values) {
    const a = Math.abs(v);
    if (a === Infinity) return Infinity;
    if (Number.isNaN(a)) return NaN;
    if (a > max) max = a;
  }
  if (max === 0) return 0;
  // Scale by a power of two so squares neither overflow nor underflow; scaling is exact.
  const exponent = Math.floor(Math.log2(max));
  const factor = 2 ** Math.max(-1000, Math.min(1000, -exponent));
  let sum: DD = [0, 0];
  for (const v of values) {
    const s = v * factor;
    sum = add(sum, twoProd(s, s));
  }
  const [hi, lo] = sqrtDD(sum);
  return (hi + lo) / factor;
}

/** acos as glibc computes it (correctly rounded): 2·atan(sqrt((1 - x)/(1 + x))) in double-double. */
export function acos(x: number): number {
  if (Number.isNaN(x) || x > 1 || x < -1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI[0];
  const [hi, lo] = mulNum(atanDD(sqrtDD(div(twoSum(1, -x), twoSum(1, x)))), 2);
  return hi + lo;
}

/** asin x = atan(x / sqrt(1 - x²)) in double-double. */
export function asin(x: number): number {
  if (Number.isNaN(x) || x > 1 || x < -1) return NaN;
  if (x === 0 || Math.abs(x) < 2 ** -26) return x;
  if (Math.abs(x) === 1) return x * PI_2[0];
  const oneMinusSquare = add(twoSum(1, -x), [0, 0]);
  const [hi, lo] = atanDD(div([x, 0], sqrtDD(mul(oneMinusSquare, twoSum(1, x)))));
  return hi + lo;
}

/** 2^x correctly rounded: 2^k × e^(f·ln 2) with x = k + f, |f| <= 1/2, in double-double. */
export function exp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x >= 1024) return Infinity;
  if (x < -1076) return 0;
  if (Number.isInteger(x)) return 2 ** x;
  const k = Math.round(x);
  return scale(expSmall(mulNum(LN2, x - k)), k);
}

const wordView = new DataView(new ArrayBuffer(8));

/** The high 32 bits of a double, as fdlibm's GET_HIGH_WORD (signed). */
function highWord(x: number): number {
  wordView.setFloat64(0, x);
  return wordView.getInt32(0);
}

/** glibc's acosh (fdlibm's formulas) over the correctly rounded log and fdlibm's log1p (V8's Math.log1p). */
export function acosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return NaN;
  if (x >= 2 ** 28) return x === Infinity ? x : libmLogFloat64(x) + LN2[0];
  if (x > 2) return libmLogFloat64(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2 * t + t * t));
}

/** glibc's asinh (fdlibm's formulas), as acosh. */
export function asinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix >= 0x7ff00000 || ix < 0x3e300000) return x;
  const a = Math.abs(x);
  let w: number;
  if (ix > 0x41b00000) w = libmLogFloat64(a) + LN2[0];
  else if (ix > 0x40000000) w = libmLogFloat64(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
  else {
    const t = a * a;
    w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

/** glibc's cbrt: a polynomial first guess on the mantissa, one rational refinement, exact rescaling. */
export function cbrt(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const [mantissa, exponent] = frexp(Math.abs(x));
  const u =
    0.35489576504391986 +
    (1.50819193781584896 +
      (-2.11499494167371287 + (2.4469312256353443 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * mantissa) * mantissa) * mantissa) * mantissa) *
        mantissa) *
      mantissa;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2 * mantissa)) / (2 * t2 + mantissa)) * CBRT_FACTORS[2 + (exponent % 3)];
  return (x > 0 ? ym : -ym) * 2 ** Math.trunc(exponent / 3);
}

const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTORS = [1 / SQR_CBRT2, 1 / CBRT2, 1, CBRT2, SQR_CBRT2];

/** C frexp: x = m × 2^e with 0.5 <= |m| < 1 (x itself and 0 for zeros, infinities and NaN). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let m = x;
  if (Math.abs(m) < 2 ** -1022) {
    m *= 2 ** 54;
    e = -54;
  }
  const biased = (highWord(m) >>> 20) & 0x7ff;
  e += biased - 1022;
  wordView.setFloat64(0, m);
  wordView.setUint32(0, (wordView.getUint32(0) & 0x800fffff) | (1022 << 20));
  return [wordView.getFloat64(0), e];
}

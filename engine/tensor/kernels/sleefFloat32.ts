// The float32 transcendental functions of PyTorch's CPU kernels, which call SLEEF 3.5's vectorised AVX2
// functions (Sleef_logf8_u10, _sinf8_u10, ...) on every element: the same algorithms step by step, each
// operation rounded to float32 and each multiply-add fused, as the AVX2 build computes them. Most are
// evaluated in "double-float" arithmetic (a value carried as an unevaluated sum hi + lo of two floats).
//
// sin, cos and tan pick their argument reduction per vector of 8 elements: when one element of the 8 has
// |x| >= 125, all 8 take the slow path (a Payne-Hanek reduction), which rounds some small arguments
// differently. The kernels below therefore work on groups of 8 consecutive elements. The slow path reduces
// exactly (with 2/pi to 320 bits) where SLEEF uses its table of 2/pi pieces; the two agree except where the
// reduced argument lies within SLEEF's reduction error of a rounding boundary.
import { fmaf } from '../../numeric/fma';

const f = Math.fround;

// ---- float bits

const floatView = new Float32Array(1);
const intView = new Int32Array(floatView.buffer);

function floatBits(x: number): number {
  floatView[0] = x;
  return intView[0]!;
}

function bitsFloat(bits: number): number {
  intView[0] = bits;
  return floatView[0]!;
}

/** Round half to even, as the vector round and convert instructions do. */
function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** The float's unbiased exponent from its bits (normal numbers). */
const ilogb2k = (d: number): number => ((floatBits(d) >>> 23) & 0xff) - 0x7f;
/** d * 2^q by adding q to the exponent bits (no over- or underflow handling, as SLEEF's vldexp3). */
const ldexp3 = (d: number, q: number): number => bitsFloat((floatBits(d) + (q << 23)) | 0);
const pow2i = (q: number): number => bitsFloat(((q + 0x7f) << 23) | 0);
/** d * 2^e in two steps, so neither factor overflows. */
const ldexp2 = (d: number, e: number): number => f(f(d * pow2i(e >> 1)) * pow2i(e - (e >> 1)));

const mulsign = (x: number, y: number): number => (Object.is(y, -0) || y < 0 ? -x : x);

// ---- double-float arithmetic (df.h with fused multiply-adds); results come back through hi/lo

let hi = 0;
let lo = 0;

const add2ff = (x: number, y: number): void => {
  const rx = f(x + y);
  const v = f(rx - x);
  hi = rx;
  lo = f(f(x - f(rx - v)) + f(y - v));
};
const addff = (x: number, y: number): void => {
  const rx = f(x + y);
  hi = rx;
  lo = f(f(x - rx) + y);
};
/** (xh, xl) + y */
const add2dff = (xh: number, xl: number, y: number): void => {
  const rx = f(xh + y);
  const v = f(rx - xh);
  hi = rx;
  lo = f(f(f(xh - f(rx - v)) + f(y - v)) + xl);
};
/** (xh, xl) + y, |x| >= |y| */
const adddff = (xh: number, xl: number, y: number): void => {
  const rx = f(xh + y);
  hi = rx;
  lo = f(f(f(xh - rx) + y) + xl);
};
/** x + (yh, yl), |x| >= |y| */
const addfdf = (x: number, yh: number, yl: number): void => {
  const rx = f(x + yh);
  hi = rx;
  lo = f(f(f(x - rx) + yh) + yl);
};
/** x + (yh, yl) */
const add2fdf = (x: number, yh: number, yl: number): void => {
  const rx = f(x + yh);
  const v = f(rx - x);
  hi = rx;
  lo = f(f(f(x - f(rx - v)) + f(yh - v)) + yl);
};
/** (xh, xl) + (yh, yl), |x| >= |y| */
const adddd = (xh: number, xl: number, yh: number, yl: number): void => {
  const rx = f(xh + yh);
  hi = rx;
  lo = f(f(f(f(xh - rx) + yh) + xl) + yl);
};
const add2dd = (xh: number, xl: number, yh: number, yl: number): void => {
  const rx = f(xh + yh);
  const v = f(rx - xh);
  hi = rx;
  lo = f(f(f(xh - f(rx - v)) + f(yh - v)) + f(xl + yl));
};
const normalize = (xh: number, xl: number): void => {
  const sx = f(xh + xl);
  hi = sx;
  lo = f(f(xh - sx) + xl);
};
const muldf = (xh: number, xl: number, y: number): void => {
  const rx = f(xh * y);
  hi = rx;
  lo = fmaf(xl, y, fmaf(xh, y, -rx));
};
const muldd = (xh: number, xl: number, yh: number, yl: number): void => {
  const rx = f(xh * yh);
  hi = rx;
  lo = fmaf(xh, yl, fmaf(xl, yh, fmaf(xh, yh, -rx)));
};
/** (xh, xl) * (yh, yl) as one float */
const muldd1 = (xh: number, xl: number, yh: number, yl: number): number => fmaf(xh, yh, fmaf(xl, yh, f(xh * yl)));
const squ = (xh: number, xl: number): void => {
  const rx = f(xh * xh);
  hi = rx;
  lo = fmaf(f(xh + xh), xl, fmaf(xh, xh, -rx));
};
const recdd = (dh: number, dl: number): void => {
  const qx = f(1 / dh);
  hi = qx;
  lo = f(qx * fmaf(-dl, qx, fmaf(-dh, qx, 1)));
};
const divdd = (nh: number, nl: number, dh: number, dl: number): void => {
  const t = f(1 / dh);
  const qx = f(nh * t);
  const u = fmaf(t, nh, -qx);
  const qy = fmaf(-dl, t, fmaf(-dh, t, 1));
  hi = qx;
  lo = fmaf(qx, qy, fmaf(nl, t, u));
};

// ---- logarithms

const FLT_MIN = 1.17549435e-38;
const TWO_POW_64 = 18446744073709551616;
const LN2_HI = f(0.69314718246459960938);
const LN2_LO = f(-1.904654323148236017e-9);

/** The exponent e of the last splitForLog. */
let splitExponent = 0;

/** The split shared by the logarithms: d = m * 2^e with m in [0.75, 1.5); returns m, leaves e in splitExponent. */
function splitForLog(d: number): number {
  const tiny = d < FLT_MIN;
  const x = tiny ? f(d * TWO_POW_64) : d;
  const e = ilogb2k(f(x * f(1 / 0.75)));
  splitExponent = tiny ? e - 64 : e;
  return ldexp3(x, -e);
}

/** x = (m - 1) / (m + 1) for d = m * 2^e as a double-float in hi/lo, the series argument of every logarithm; returns e. */
function logArgument(d: number): number {
  const m = splitForLog(d);
  const e = splitExponent;
  add2ff(-1, m);
  const nh = hi;
  const nl = lo;
  add2ff(1, m);
  divdd(nh, nl, hi, lo);
  return e;
}

/** The special values every logarithm shares. */
function logSpecial(d: number, r: number): number {
  if (d === Infinity) return Infinity;
  if (d < 0 || d !== d) return NaN;
  if (d === 0) return -Infinity;
  return r;
}

/** A polynomial in x (highest coefficient first, already float32) by Horner's rule with fused multiply-adds. */
function horner(x: number, coefficients: readonly number[]): number {
  let u = coefficients[0]!;
  for (let i = 1; i < coefficients.length; i++) u = fmaf(u, x, coefficients[i]!);
  return u;
}

/** c0 * x2^2 + c1 * x2 + c2 with fused multiply-adds (Horner). */
const quadratic = (x2: number, c0: number, c1: number, c2: number): number => fmaf(fmaf(f(c0), x2, f(c1)), x2, f(c2));

/** The natural logarithm from its series argument x (hi/lo) and exponent e: e ln 2 + 2x + x^3 t(x^2). */
function naturalLogSeries(e: number): number {
  const xh = hi;
  const xl = lo;
  muldf(LN2_HI, LN2_LO, e);
  const x2 = f(xh * xh);
  const t = quadratic(x2, 0.3027294874, 0.3996108174, 0.666669488);
  adddd(hi, lo, f(xh * 2), f(xl * 2));
  adddff(hi, lo, f(f(x2 * xh) * t));
  return f(hi + lo);
}

export function logFloat32(d: number): number {
  const e = logArgument(d);
  return logSpecial(d, naturalLogSeries(e));
}

/** log10 and log2 carry x as a double-float and add the cubic term x^3 t(x^2) as a float, left here. */
let cubicTerm = 0;

/** Leaves x in hi/lo and x^3 t(x^2) in cubicTerm, for t's coefficients; returns e. */
function logSeriesParts(d: number, c0: number, c1: number, c2: number): number {
  const e = logArgument(d);
  const x2 = f(hi * hi);
  cubicTerm = f(f(x2 * hi) * quadratic(x2, c0, c1, c2));
  return e;
}

export function log10Float32(d: number): number {
  const e = logSeriesParts(d, 0.1314289868, 0.1735493541, 0.2895309627);
  muldd(hi, lo, f(0.868588984), f(-2.170757285e-8));
  const xh = hi;
  const xl = lo;
  muldf(f(0.30103001), f(-1.432098889e-8), e);
  adddd(hi, lo, xh, xl);
  adddff(hi, lo, cubicTerm);
  return logSpecial(d, f(hi + lo));
}

export function log2Float32(d: number): number {
  const e = logSeriesParts(d, 0.4374550283, 0.5764790177, 0.961801290512);
  muldd(hi, lo, f(2.8853900432586669922), f(3.2734474483568488616e-8));
  add2fdf(e, hi, lo);
  add2dff(hi, lo, cubicTerm);
  return logSpecial(d, f(hi + lo));
}

export function log1pFloat32(d: number): number {
  let dp1 = f(d + 1);
  const tiny = dp1 < FLT_MIN;
  if (tiny) dp1 = f(dp1 * TWO_POW_64);
  let e = ilogb2k(f(dp1 * f(1 / 0.75)));
  const t0 = ldexp3(1, -e);
  const m = fmaf(d, t0, f(t0 - 1));
  if (tiny) e -= 64;
  addff(2, m);
  divdd(m, 0, hi, lo);
  let r = naturalLogSeries(e);
  if (d > f(1e38)) r = Infinity;
  if (-1 > d || d !== d) r = NaN;
  if (d === -1) r = -Infinity;
  if (Object.is(d, -0)) r = -0;
  return r;
}

// ---- exponentials

const R_LN2 = f(1.442695040888963407359924681001892137426645954152985934135449406931);
const L2U = f(0.693145751953125);
const L2L = f(1.428606765330187045e-6);

/** expk2f: e^(dh + dl) as a double-float, left in hi/lo. */
function expk2(dh: number, dl: number): void {
  const q = rint(f(f(dh + dl) * R_LN2));
  add2dff(dh, dl, f(q * -L2U));
  add2dff(hi, lo, f(q * -L2L));
  const sh = hi;
  const sl = lo;
  let u = f(0.1980960224e-3);
  u = fmaf(u, sh, f(0.1394256484e-2));
  u = fmaf(u, sh, f(0.8333456703e-2));
  u = fmaf(u, sh, f(0.4166637361e-1));
  muldf(sh, sl, u);
  add2dff(hi, lo, f(0.166666659414234244790680580464));
  muldd(sh, sl, hi, lo);
  add2dff(hi, lo, 0.5);
  const th = hi;
  const tl = lo;
  squ(sh, sl);
  muldd(hi, lo, th, tl);
  add2dd(sh, sl, hi, lo);
  addfdf(1, hi, lo);
  const rh = ldexp2(hi, q);
  const rl = ldexp2(lo, q);
  hi = dh < -104 ? 0 : rh;
  lo = dh < -104 ? 0 : rl;
}

export function expm1Float32(a: number): number {
  expk2(a, 0);
  add2dff(hi, lo, -1);
  let x = f(hi + lo);
  if (a > 88.72283172607421875) x = Infinity;
  if (a < f(-16.635532333438687426013570)) x = -1;
  if (Object.is(a, -0)) x = -0;
  return x;
}

export function tanhFloat32(x: number): number {
  const y = Math.abs(x);
  expk2(y, 0);
  const dh = hi;
  const dl = lo;
  recdd(dh, dl);
  const eh = hi;
  const el = lo;
  adddd(dh, dl, -eh, -el);
  const nh = hi;
  const nl = lo;
  adddd(dh, dl, eh, el);
  divdd(nh, nl, hi, lo);
  let r = f(hi + lo);
  if (y > f(8.664339742) || r !== r) r = 1;
  r = mulsign(r, x);
  return x !== x ? NaN : r;
}

// ---- sin, cos, tan

const PI_A2 = f(3.1414794921875);
const PI_B2 = f(0.00011315941810607910156);
const PI_C2 = f(1.9841872589410058936e-9);
const TRIG_RANGE_MAX2 = 125;
const M_1_PI = f(0.318309886183790671537767526745028724);
const M_2_PI = f(0.636619772367581343075535053490057448);
/** Arguments of the fast path: |x| < 125 for every element of the 8. */
const inFastRange = (x: number): boolean => Math.abs(x) < TRIG_RANGE_MAX2;

/** pi * 2^320 and 2/pi * 2^320 as integers (Machin's formula), for the exact reduction of large arguments. */
const SCALE = 320n;
function arctanInverse(n: bigint, scale: bigint): bigint {
  let total = 0n;
  let term = (1n << scale) / n;
  const n2 = n * n;
  for (let k = 1n; term !== 0n; k += 2n) {
    total += ((k >> 1n) & 1n ? -term : term) / k;
    term /= n2;
  }
  return total;
}
let twoOverPiScaled = 0n;
let piScaled = 0n;
function reductionConstants(): void {
  if (piScaled !== 0n) return;
  const guard = 16n;
  piScaled = (16n * arctanInverse(5n, SCALE + guard) - 4n * arctanInverse(239n, SCALE + guard)) >> guard;
  twoOverPiScaled = (2n << (2n * SCALE)) / piScaled;
}

/**
 * rempif: x = r + q * pi/2 with |r| <= pi/4, r as a double-float in hi/lo; returns q. Below 0.7 SLEEF keeps x
 * itself.
 */
function reduceQuarterTurns(x: number): number {
  if (Math.abs(x) < 0.7 || !Number.isFinite(x)) {
    hi = x;
    lo = 0;
    return 0;
  }
  reductionConstants();
  const bits = floatBits(x);
  const exponent = ((bits >>> 23) & 0xff) - 150;
  const mantissa = BigInt((bits & 0x7fffff) | 0x800000) * (x < 0 ? -1n : 1n);
  // x * 2/pi * 2^320, then its nearest integer multiple of 2^320 (the quarter turns) and what remains
  const product = exponent >= 0 ? (mantissa * twoOverPiScaled) << BigInt(exponent) : (mantissa * twoOverPiScaled) >> BigInt(-exponent);
  const half = 1n << (SCALE - 1n);
  const turns = (product + half) >> SCALE;
  const rest = product - (turns << SCALE);
  // rest / 2^320 quarter turns, as a double-double, times pi/2
  const restHigh = Number(rest >> (SCALE - 60n)) / 2 ** 60;
  const restLow = Number(rest - (BigInt(Math.round(restHigh * 2 ** 60)) << (SCALE - 60n))) / 2 ** Number(SCALE);
  const halfPiHigh = Math.PI / 2;
  const halfPiLow = 6.123233995736766e-17;
  const angle = restHigh * halfPiHigh;
  const angleError = productError(restHigh, halfPiHigh, angle) + restHigh * halfPiLow + restLow * halfPiHigh;
  const angleHigh = angle + angleError;
  const angleLow = angleError - (angleHigh - angle);
  hi = f(angleHigh);
  lo = f(angleHigh - hi + angleLow);
  return Number(BigInt.asIntN(32, turns));
}

/** a * b - p exactly, where p is a * b rounded (Dekker's product; for the reduction's double-double). */
function productError(a: number, b: number, p: number): number {
  const split = (v: number): [number, number] => {
    const t = 134217729 * v;
    const h = t - (t - v);
    return [h, v - h];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/** The reduced argument of sinf_u1/cosf_u1's slow path: the quarter-turn remainder made a half-turn one. */
function reduceHalfTurns(d: number, forCos: boolean): number {
  const q4 = reduceQuarterTurns(d);
  const rh = hi;
  const rl = lo;
  let q = (q4 & 3) * 2 + (forCos ? (rh > 0 ? 8 : 7) : rh > 0 ? 2 : 1);
  q = forCos ? q >> 1 : q >> 2;
  const odd = forCos ? (q4 & 1) === 0 : (q4 & 1) === 1;
  const sign = forCos ? (rh > 0 ? 0 : -1) : rh;
  if (odd) {
    add2dd(rh, rl, mulsign(f(3.1415927410125732422 * -0.5), sign), mulsign(f(-8.7422776573475857731e-8 * -0.5), sign));
  } else {
    hi = rh;
    lo = rl;
  }
  normalize(hi, lo);
  if (!Number.isFinite(d)) hi = NaN;
  return q;
}

/** The polynomial both sinf_u1 and cosf_u1 finish with, on the reduced argument (sh, sl). */
function sinPolynomial(sh: number, sl: number): number {
  squ(sh, sl);
  const s2h = hi;
  const s2l = lo;
  let u = f(2.6083159809786593541503e-6);
  u = fmaf(u, s2h, f(-0.0001981069071916863322258));
  u = fmaf(u, s2h, f(0.00833307858556509017944336));
  addff(f(-0.166666597127914428710938), f(u * s2h));
  muldd(hi, lo, s2h, s2l);
  addfdf(1, hi, lo);
  return muldd1(sh, sl, hi, lo);
}

function sinElement(d: number, fast: boolean): number {
  let q: number;
  if (fast) {
    const u = rint(f(d * M_1_PI));
    q = u;
    const v = fmaf(u, -PI_A2, d);
    add2ff(v, f(u * -PI_B2));
    adddff(hi, lo, f(u * -PI_C2));
  } else {
    q = reduceHalfTurns(d, false);
  }
  let u = sinPolynomial(hi, lo);
  if ((q & 1) === 1) u = -u;
  return Object.is(d, -0) ? d : u;
}

function cosElement(d: number, fast: boolean): number {
  let q: number;
  if (fast) {
    const dq = fmaf(rint(fmaf(d, M_1_PI, -0.5)), 2, 1);
    q = dq;
    add2ff(d, f(dq * f(-PI_A2 * 0.5)));
    add2dff(hi, lo, f(dq * f(-PI_B2 * 0.5)));
    add2dff(hi, lo, f(dq * f(-PI_C2 * 0.5)));
  } else {
    q = reduceHalfTurns(d, true);
  }
  const u = sinPolynomial(hi, lo);
  return (q & 2) === 0 ? -u : u;
}

function tanElement(d: number, fast: boolean): number {
  let q: number;
  if (fast) {
    const u = rint(f(d * M_2_PI));
    q = u;
    const v = fmaf(u, f(-PI_A2 * 0.5), d);
    add2ff(v, f(u * f(-PI_B2 * 0.5)));
    adddff(hi, lo, f(u * f(-PI_C2 * 0.5)));
  } else {
    q = reduceQuarterTurns(d);
    if (!Number.isFinite(d)) hi = lo = NaN;
  }
  const odd = (q & 1) === 1;
  const th = odd ? -hi : hi;
  const tl = odd ? -lo : lo;
  squ(th, tl);
  normalize(hi, lo);
  const sh = hi;
  const sl = lo;
  let u = f(0.00446636462584137916564941);
  u = fmaf(u, sh, f(-8.3920182078145444393158e-5));
  u = fmaf(u, sh, f(0.0109639242291450500488281));
  u = fmaf(u, sh, f(0.0212360303848981857299805));
  u = fmaf(u, sh, f(0.0540687143802642822265625));
  addff(f(0.133325666189193725585938), f(u * sh));
  muldd(sh, sl, hi, lo);
  addfdf(f(0.33333361148834228515625), hi, lo);
  muldd(hi, lo, sh, sl);
  addfdf(1, hi, lo);
  muldd(th, tl, hi, lo);
  if (odd) recdd(hi, lo);
  const r = f(hi + lo);
  return Object.is(d, -0) ? d : r;
}

/**
 * Applies a trigonometric element function over `input`, 8 elements at a time as the AVX2 vectors are: the
 * fast reduction only when all 8 (the zero padding of a last partial vector included) are in its range.
 */
function byVectors(element: (d: number, fast: boolean) => number): (input: ArrayLike<number>, out: { [i: number]: number }, n: number) => void {
  return (input, out, n) => {
    for (let start = 0; start < n; start += 8) {
      const end = Math.min(start + 8, n);
      let fast = true;
      for (let i = start; i < end; i++) if (!inFastRange(input[i]!)) fast = false;
      for (let i = start; i < end; i++) out[i] = element(input[i]!, fast);
    }
  };
}

export const sinFloat32Kernel = byVectors(sinElement);
export const cosFloat32Kernel = byVectors(cosElement);
export const tanFloat32Kernel = byVectors(tanElement);

// ---- pow

/** SLEEF's vldexp: x * 2^q for any q, in up to five scalings. */
function ldexp(x: number, q: number): number {
  let m = q >> 31;
  m = (((m + q) >> 6) - m) << 4;
  const rest = q - (m << 2);
  m = Math.min(Math.max(m + 0x7f, 0), 0xff);
  const u = bitsFloat(m << 23);
  const scaled = f(f(f(f(x * u) * u) * u) * u);
  return f(scaled * bitsFloat(((rest + 0x7f) << 23) | 0));
}

/** logkf: log(d) as a double-float in hi/lo. */
function logk(d: number): void {
  const e = logArgument(d);
  const xh = hi;
  const xl = lo;
  squ(xh, xl);
  const x2h = hi;
  const x2l = lo;
  const t = quadratic(x2h, 0.240320354700088500976562, 0.285112679004669189453125, 0.400007992982864379882812);
  muldf(LN2_HI, LN2_LO, e);
  adddd(hi, lo, f(xh * 2), f(xl * 2));
  const sh = hi;
  const sl = lo;
  muldf(x2h, x2l, t);
  add2dd(hi, lo, f(0.66666662693023681640625), f(3.69183861259614332084311e-9));
  const ch = hi;
  const cl = lo;
  muldd(x2h, x2l, xh, xl);
  muldd(hi, lo, ch, cl);
  adddd(sh, sl, hi, lo);
}

const EXPK_COEFFICIENTS = [0.00136324646882712841033936, 0.00836596917361021041870117, 0.0416710823774337768554688, 0.166665524244308471679688, 0.499999850988388061523438].map(f);

/** expkf: e^(dh + dl) as a float. */
function expk(dh: number, dl: number): number {
  const q = rint(f(f(dh + dl) * R_LN2));
  add2dff(dh, dl, f(q * -L2U));
  add2dff(hi, lo, f(q * -L2L));
  normalize(hi, lo);
  const sh = hi;
  const sl = lo;
  const u = horner(sh, EXPK_COEFFICIENTS);
  squ(sh, sl);
  muldf(hi, lo, u);
  adddd(sh, sl, hi, lo);
  addfdf(1, hi, lo);
  const r = ldexp(f(hi + lo), q);
  return dh < -104 ? 0 : r;
}

const TWO_POW_24 = 16777216;

export function powFloat32(x: number, y: number): number {
  const yIsInt = Math.trunc(y) === y || Math.abs(y) > TWO_POW_24;
  const yIsOdd = yIsInt && Math.abs(y) < TWO_POW_24 && (Math.trunc(y) & 1) === 1;
  logk(Math.abs(x));
  muldf(hi, lo, y);
  let result = expk(hi, lo);
  if (result !== result) result = Infinity;
  result = f(result * (x > 0 ? 1 : yIsInt ? (yIsOdd ? -1 : 1) : NaN));
  const efx = mulsign(f(Math.abs(x) - 1), y);
  if (!Number.isFinite(y) && y === y) result = efx < 0 ? 0 : efx === 0 ? 1 : Infinity;
  if (!Number.isFinite(x) || x === 0) {
    const sign = yIsOdd ? (Object.is(x, -0) || x < 0 ? -1 : 1) : 1;
    result = sign * ((x === 0 ? -y : y) < 0 ? 0 : Infinity);
  }
  if (x !== x || y !== y) result = NaN;
  if (y === 0 || x === 1) result = 1;
  return result;
}

/**
 * tensor ** exponent for a float32 tensor and an exponent without a special case: PyTorch's vectorised loop
 * takes 16 elements at a time through SLEEF's powf (the exponent rounded to float32), and the remaining few
 * through pow in double precision (the exponent as given), rounded to float32.
 */
export function powFloat32Kernel(exponent: number): (input: ArrayLike<number>, out: { [i: number]: number }, n: number) => void {
  const y = f(exponent);
  return (input, out, n) => {
    const vectorEnd = n - (n % 16);
    for (let i = 0; i < vectorEnd; i++) out[i] = powFloat32(input[i]!, y);
    for (let i = vectorEnd; i < n; i++) out[i] = Math.pow(input[i]!, exponent);
  };
}

// ---- inverse trigonometric, hyperbolic and error functions (the u10 / u15 variants PyTorch calls)

/** (x, 0) * (y, 0) exactly as a double-float. */
const mulff = (x: number, y: number): void => {
  const rx = f(x * y);
  hi = rx;
  lo = fmaf(x, y, -rx);
};
/** 1 / d as a double-float. */
const recf = (d: number): void => {
  const qx = f(1 / d);
  hi = qx;
  lo = f(qx * fmaf(-d, qx, 1));
};
/** (xh, xl) - y */
const subdf = (xh: number, xl: number, y: number): void => {
  const rx = f(xh - y);
  hi = rx;
  lo = f(f(f(xh - rx) - y) + xl);
};
/** (xh, xl) - (yh, yl), |x| >= |y| */
const subdd = (xh: number, xl: number, yh: number, yl: number): void => {
  const rx = f(xh - yh);
  hi = rx;
  lo = f(f(f(f(xh - rx) - yh) + xl) - yl);
};
/** sqrt(d) as a double-float: one Newton step on the float square root. */
function sqrtf2(d: number): void {
  const t = f(Math.sqrt(d));
  mulff(t, t);
  add2fdf(d, hi, lo);
  const sh = hi;
  const sl = lo;
  recf(t);
  muldd(sh, sl, hi, lo);
  hi = f(hi * 0.5);
  lo = f(lo * 0.5);
}
/** A float constant given in double precision as the double-float (d, d - d rounded). */
const splitConstant = (d: number): [number, number] => [f(d), f(d - f(d))];

const PI_HI = f(3.1415927410125732422);
const PI_LO = f(-8.7422776573475857731e-8);
const ASIN_COEFFICIENTS = [0.4197454825e-1, 0.2424046025e-1, 0.4547423869e-1, 0.7495029271e-1, 0.1666677296].map(f);

/**
 * The reduction asin and acos share: x2 = d^2 below 1/2, else (1 - |d|) / 2 with x = sqrt(x2) as a double-float
 * (left in hi/lo); returns the odd polynomial's correction u = x^3 p(x2).
 */
function arcsinParts(d: number, small: boolean): number {
  const a = Math.abs(d);
  const x2 = small ? f(d * d) : f(f(1 - a) * 0.5);
  if (small) {
    hi = a;
    lo = 0;
  } else {
    sqrtf2(x2);
  }
  if (a === 1) hi = lo = 0;
  return f(horner(x2, ASIN_COEFFICIENTS) * f(x2 * hi));
}

export function asinFloat32(d: number): number {
  const small = Math.abs(d) < 0.5;
  const u = arcsinParts(d, small);
  const xh = hi;
  const xl = lo;
  subdd(f(PI_HI / 4), f(PI_LO / 4), xh, xl);
  subdf(hi, lo, u);
  const r = small ? f(u + xh) : f(f(hi + lo) * 2);
  return mulsign(r, d);
}

export function acosFloat32(d: number): number {
  const small = Math.abs(d) < 0.5;
  const u = arcsinParts(d, small);
  const xh = hi;
  const xl = lo;
  addff(mulsign(xh, d), mulsign(u, d));
  subdd(f(PI_HI / 2), f(PI_LO / 2), hi, lo);
  let yh = hi;
  let yl = lo;
  if (!small) {
    adddff(xh, xl, u);
    yh = f(hi * 2);
    yl = f(lo * 2);
    if (d < 0) {
      subdd(PI_HI, PI_LO, yh, yl);
      yh = hi;
      yl = lo;
    }
  }
  return f(yh + yl);
}

const ATAN_COEFFICIENTS = [
  -0.00176397908944636583328247, 0.0107900900766253471374512, -0.0309564601629972457885742, 0.0577365085482597351074219,
  -0.0838950723409652709960938, 0.109463557600975036621094, -0.142626821994781494140625, 0.199983194470405578613281,
].map(f);

/** atan2kf_u1 for y >= 0 and x given as floats: atan2(y, x) as a double-float in hi/lo. */
function atan2Kernel(y: number, xInput: number): void {
  let q = xInput < 0 ? -2 : 0;
  const x = xInput < 0 ? -xInput : xInput;
  if (x < y) q += 1;
  const swap = x < y;
  divdd(swap ? -x : y, swap ? -0 : 0, swap ? y : x, 0);
  const sh = hi;
  const sl = lo;
  squ(sh, sl);
  normalize(hi, lo);
  const th = hi;
  const tl = lo;
  const u = horner(th, ATAN_COEFFICIENTS);
  addff(f(-0.333332866430282592773438), f(u * th));
  muldd(th, tl, hi, lo);
  addfdf(1, hi, lo);
  muldd(sh, sl, hi, lo);
  const rh = hi;
  const rl = lo;
  muldf(f(1.5707963705062866211), f(-4.3711388286737928865e-8), q);
  adddd(hi, lo, rh, rl);
}

export function atanFloat32(d: number): number {
  atan2Kernel(Math.abs(d), 1);
  let r = f(hi + lo);
  if (Math.abs(d) === Infinity) r = f(1.570796326794896557998982);
  return mulsign(r, d);
}

const HALF_PI_FLOAT = f(Math.PI / 2);
const QUARTER_PI_FLOAT = f(Math.PI / 4);
const isNegative = (x: number): boolean => x < 0 || Object.is(x, -0);

export function atan2Float32(yInput: number, xInput: number): number {
  const tiny = Math.abs(xInput) < 2.9387372783541830947e-39;
  const x = tiny ? f(xInput * 16777216) : xInput;
  const y = tiny ? f(yInput * 16777216) : yInput;
  atan2Kernel(Math.abs(y), x);
  let r = mulsign(f(hi + lo), x);
  const xInfinite = Math.abs(x) === Infinity;
  if (xInfinite || x === 0) r = f(HALF_PI_FLOAT - (xInfinite ? mulsign(HALF_PI_FLOAT, x) : 0));
  if (Math.abs(y) === Infinity) r = f(HALF_PI_FLOAT - (xInfinite ? mulsign(QUARTER_PI_FLOAT, x) : 0));
  if (y === 0) r = isNegative(x) ? f(Math.PI) : 0;
  return x !== x || y !== y ? NaN : mulsign(r, y);
}

/** sinhf and coshf: (e^|x| -+ e^-|x|) / 2 in double-float arithmetic. */
function hyperbolic(x: number, odd: boolean): number {
  const a = Math.abs(x);
  expk2(a, 0);
  const eh = hi;
  const el = lo;
  recdd(eh, el);
  if (odd) subdd(eh, el, hi, lo);
  else adddd(eh, el, hi, lo);
  let y = f(f(hi + lo) * 0.5);
  if (a > 89 || y !== y) y = Infinity;
  if (odd) y = mulsign(y, x);
  return x !== x ? NaN : y;
}

export const sinhFloat32 = (x: number): number => hyperbolic(x, true);
export const coshFloat32 = (x: number): number => hyperbolic(x, false);

/** erff's three intervals, |a| < 1.1, < 2.4 and beyond: the float polynomial's coefficients, then the double-float ones. */
const ERF_T = [
  [0.7089292194e-4, -0.1792667899e-4, -0.9495757695e-5],
  [-0.7768311189e-3, 0.393763301e-3, 0.2481465926e-3],
  [0.5159463733e-2, -0.3949181177e-2, -0.2918176819e-2],
  [-0.2683781274e-1, 0.244547464e-1, 0.2059706673e-1],
  [0.1128318012, -0.107099615, -0.9901899844e-1],
].map((row) => row.map(f));
const ERF_D = [
  [-0.376125876000657465175213237214, -0.63458890590841038997121080921, -0.643598050547891613081201721633],
  [0.112837916021059138255978217023e1, -0.112879855826694507209862753992e1, -0.112461487742845562801052956293e1],
].map((row) => row.map(splitConstant));

export function erfFloat32(s: number): number {
  const a = Math.abs(s);
  const interval = a < 1.1 ? 0 : a < 2.4 ? 1 : 2;
  const u = interval === 0 ? f(a * a) : a;
  let t = ERF_T[0]![interval]!;
  for (let i = 1; i < ERF_T.length; i++) t = fmaf(t, u, ERF_T[i]![interval]!);
  mulff(t, u);
  const [c1h, c1l] = ERF_D[0]![interval]!;
  add2dd(hi, lo, c1h!, c1l!);
  muldf(hi, lo, u);
  const [c0h, c0l] = ERF_D[1]![interval]!;
  add2dd(hi, lo, c0h!, c0l!);
  muldf(hi, lo, a);
  if (interval !== 0) {
    // 1 - exp(d)
    expk2(hi, lo);
    addfdf(1, -hi, -lo);
  }
  const r = mulsign(a < 4 ? f(hi + lo) : 1, s);
  return s !== s ? NaN : r;
}

/** The four intervals of erfcf: |a| < 1, < 2.2, < 4.3 and beyond. */
const ERFC_T = [
  [-0.8638041618e-4, -0.6236977242e-5, -0.3869504035, 0.1115344167e1],
  [0.6000166177e-3, 0.5749821503e-4, 0.1288077235e1, -0.9454904199],
  [-0.1665703603e-2, 0.6002851478e-5, -0.1816803217e1, -0.3667259514],
  [0.1795156277e-3, -0.2851036377e-2, 0.1249150872e1, 0.7155663371],
  [0.1914106123e-1, 0.2260518074e-1, -0.1328857988, -0.1262947265e-1],
].map((row) => row.map(f));
const ERFC_D = [
  [-0.102775359343930288081655368891, -0.105247583459338632253369014063, -0.482365310333045318680618892669, -0.498961546254537647970305302739],
  [-0.636619483208481931303752546439, -0.635609463574589034216723775292, -0.134450203224533979217859332703e-2, -0.471199543422848492080722832666e-4],
  [-0.112837917790537404939545770596e1, -0.112855987376668622084547028949e1, -0.572319781150472949561786101080, -0.572364030327966044425932623525],
].map((row) => row.map(splitConstant));

export function erfcFloat32(s: number): number {
  const a = Math.abs(s);
  const interval = a < 1 ? 0 : a < 2.2 ? 1 : a < 4.3 ? 2 : 3;
  const near = a < 2.2;
  if (near) {
    hi = a;
    lo = 0;
  } else {
    divdd(1, 0, a, 0);
  }
  const uh = hi;
  const ul = lo;
  let t = ERFC_T[0]![interval]!;
  for (let i = 1; i < ERFC_T.length; i++) t = fmaf(t, uh, ERFC_T[i]![interval]!);
  muldf(uh, ul, t);
  for (let i = 0; i < ERFC_D.length; i++) {
    const [ch, cl] = ERFC_D[i]![interval]!;
    add2dd(hi, lo, ch!, cl!);
    if (i < ERFC_D.length - 1) muldd(hi, lo, uh, ul);
  }
  const dh = hi;
  const dl = lo;
  muldf(near ? dh : -a, near ? dl : 0, a);
  if (!near) add2dd(hi, lo, dh, dl);
  expk2(hi, lo);
  if (!near) muldd(hi, lo, uh, ul);
  let r = a < 10.1 ? f(hi + lo) : 0;
  if (isNegative(s)) r = f(2 - r);
  return s !== s ? NaN : r;
}

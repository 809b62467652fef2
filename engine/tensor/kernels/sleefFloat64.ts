// The float64 functions of SLEEF 3.5 that PyTorch's CPU kernels call in their vectorised loops on float64
// tensors (Sleef_expd4_u10, Sleef_log1pd4_u10, Sleef_expm1d4_u10, ...): the same algorithms step by step, every multiply-add fused as
// the AVX2 build fuses them; log1p works in double-double arithmetic (a value carried as hi + lo).
import { fma } from '../../numeric/fma';

// ---- exp

const R_LN2 = 1.442695040888963407359924681001892137426645954152985934135449406931;
const L2U = 0.69314718055966295651160180568695068359375;
const L2L = 0.28235290563031577122588448175013436025525412068e-12;
/** The polynomial's coefficients from the highest degree (s^11) down to s^2. */
const SLEEF_COEFFICIENTS = [
  0.2081276378237164457e-8, 0.2511210703042288022e-7, 0.2755762628169491192e-6, 0.2755723402025388239e-5, 0.2480158687479686264e-4,
  0.1984126989855865850e-3, 0.1388888888914497797e-2, 0.8333333333314938210e-2, 0.4166666666666602598e-1, 0.1666666666666669072e0,
];

/** Round half to even, as the vector round instruction does. */
function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** SLEEF's POLY10 in the FMA build: the polynomial split by powers s^2, s^4, s^8, each piece a fused multiply-add. */
function poly10(s: number, s2: number, s4: number, s8: number, c: readonly number[]): number {
  const poly2 = (i: number) => fma(s, c[i]!, c[i + 1]!);
  const poly4 = (i: number) => fma(s2, poly2(i), poly2(i + 2));
  const poly8 = fma(s4, poly4(2), poly4(6));
  return fma(s8, poly2(0), poly8);
}

export function sleefExpFloat64(d: number): number {
  if (d !== d) return d;
  if (d > 709.78271114955742909217217426) return Infinity;
  if (d < -1000) return 0;
  const q = rint(d * R_LN2);
  let s = fma(q, -L2U, d);
  s = fma(q, -L2L, s);
  const s2 = s * s;
  const s4 = s2 * s2;
  let u = poly10(s, s2, s4, s4 * s4, SLEEF_COEFFICIENTS);
  u = fma(u, s, 0.5);
  u = fma(u, s, 1);
  u = fma(u, s, 1);
  // u * 2^q in two steps so neither power of two overflows
  const half = Math.floor(q / 2);
  return u * 2 ** half * 2 ** (q - half);
}


// ---- log1p

const bits = new BigInt64Array(1);
const value = new Float64Array(bits.buffer);

/** The unbiased exponent of a normal double. */
function exponentOf(d: number): number {
  value[0] = d;
  return Number((bits[0]! >> 52n) & 0x7ffn) - 0x3ff;
}

const DBL_MIN = 2.2250738585072014e-308;
const LN2_HI = 0.693147180559945286226764;
const LN2_LO = 2.319046813846299558417771e-17;
/** The series' coefficients in x^2, highest first. */
const LOG1P_COEFFICIENTS = [
  0.1532076988502701353, 0.1525629051003428716, 0.1818605932937785996, 0.2222214519839380009, 0.2857142932794299317, 0.399999999963525199,
  0.6666666666667333541,
];

/** The series shared by log and log1p: e ln 2 + 2x + x^3 t(x^2) for x = (xh, xl) in double-double. */
function logSeries(e: number, xh: number, xl: number): number {
  const x2 = xh * xh;
  const x4 = x2 * x2;
  const x8 = x4 * x4;
  const c = LOG1P_COEFFICIENTS;
  const poly3 = fma(x4, c[0]!, fma(x2, c[1]!, c[2]!));
  const poly4 = fma(x4, fma(x2, c[3]!, c[4]!), fma(x2, c[5]!, c[6]!));
  const series = fma(x8, poly3, poly4);
  // s = e ln 2 as a double-double, then s += 2x, then s += x^3 * series
  const sh = LN2_HI * e;
  const sl = fma(LN2_LO, e, fma(LN2_HI, e, -sh));
  const th = sh + 2 * xh;
  const tl = sh - th + 2 * xh + sl + 2 * xl;
  const cubic = x2 * xh * series;
  const rh = th + cubic;
  const rl = th - rh + cubic + tl;
  return rh + rl;
}

/** n / d for n = (nh, 0) and d = (dh, dl), as a double-double; returns the high part, the low part in `quotientLow`. */
let quotientLow = 0;
function divide(nh: number, nl: number, dh: number, dl: number): number {
  const inverse = 1 / dh;
  const q = nh * inverse;
  quotientLow = fma(q, fma(-dl, inverse, fma(-dh, inverse, 1)), fma(nl, inverse, fma(inverse, nh, -q)));
  return q;
}

export function sleefLogFloat64(input: number): number {
  const tiny = input < DBL_MIN;
  const d = tiny ? input * 2 ** 64 : input;
  let e = exponentOf(d * (1 / 0.75));
  const m = d * 2 ** -e;
  if (tiny) e -= 64;
  // x = (m - 1) / (m + 1), numerator and denominator as double-doubles
  const nh = -1 + m;
  const nv = nh + 1;
  const nl = -1 - (nh - nv) + (m - nv);
  const dh = 1 + m;
  const dv = dh - 1;
  const dl = 1 - (dh - dv) + (m - dv);
  const xh = divide(nh, nl, dh, dl);
  let r = logSeries(e, xh, quotientLow);
  if (input === Infinity) r = Infinity;
  if (input < 0 || input !== input) r = NaN;
  if (input === 0) r = -Infinity;
  return r;
}

export function sleefLog1pFloat64(d: number): number {
  let dp1 = d + 1;
  const tiny = dp1 < DBL_MIN;
  if (tiny) dp1 *= 2 ** 64;
  let e = exponentOf(dp1 * (1 / 0.75));
  const t = 2 ** -e;
  // The same product scaled by powers of two where d is too large for fma's exact split.
  const m = d > 2 ** 512 ? fma(d * 2 ** -64, t * 2 ** 64, t - 1) : fma(d, t, t - 1);
  if (tiny) e -= 64;
  // x = m / (2 + m) as a double-double
  const dh = 2 + m;
  const xh = divide(m, 0, dh, 2 - dh + m);
  let r = logSeries(e, xh, quotientLow);
  if (d > 1e307) r = Infinity;
  if (d < -1 || d !== d) r = NaN;
  if (d === -1) r = -Infinity;
  if (Object.is(d, -0)) r = -0;
  return r;
}

// ---- tanh

// double-double results come back through hi/lo
let hi = 0;
let lo = 0;

/** (xh, xl) + y, any magnitudes */
function add2ddd(xh: number, xl: number, y: number): void {
  const s = xh + y;
  const v = s - xh;
  hi = s;
  lo = xh - (s - v) + (y - v) + xl;
}
/** x + (yh, yl), |x| >= |y| */
function adddd1(x: number, yh: number, yl: number): void {
  const s = x + yh;
  hi = s;
  lo = x - s + yh + yl;
}
/** (xh, xl) + (yh, yl), |x| >= |y| */
function adddd(xh: number, xl: number, yh: number, yl: number): void {
  const s = xh + yh;
  hi = s;
  lo = xh - s + yh + xl + yl;
}
function muldd1(xh: number, xl: number, y: number): void {
  const s = xh * y;
  hi = s;
  lo = fma(xl, y, fma(xh, y, -s));
}
function muldd(xh: number, xl: number, yh: number, yl: number): void {
  const s = xh * yh;
  hi = s;
  lo = fma(xh, yl, fma(xl, yh, fma(xh, yh, -s)));
}
function squdd(xh: number, xl: number): void {
  const s = xh * xh;
  hi = s;
  lo = fma(xh + xh, xl, fma(xh, xh, -s));
}

/** expk2: e^(dh + dl) as a double-double in hi/lo. */
function expk2(d: number, dl = 0): void {
  const q = rint((d + dl) * R_LN2);
  add2ddd(d, dl, q * -L2U);
  add2ddd(hi, lo, q * -L2L);
  const sh = hi;
  const sl = lo;
  squdd(sh, sl);
  const s2 = hi;
  squdd(hi, lo);
  const s4h = hi;
  const s4l = lo;
  const u = poly10(sh, s2, s4h, s4h * s4h, EXPK2_COEFFICIENTS);
  muldd1(sh, sl, 0.1666666666666666574);
  adddd1(0.5, hi, lo);
  muldd(hi, lo, sh, sl);
  adddd1(1, hi, lo);
  muldd(hi, lo, sh, sl);
  adddd1(1, hi, lo);
  const th = hi;
  const tl = lo;
  muldd1(s4h, s4l, u);
  adddd(th, tl, hi, lo);
  const half = Math.floor(q / 2);
  const scale = (x: number) => x * 2 ** half * 2 ** (q - half);
  hi = d < -1000 ? 0 : scale(hi);
  lo = d < -1000 ? 0 : scale(lo);
}

const EXPK2_COEFFICIENTS = [
  0.1602472219709932072e-9, 0.2092255183563157007e-8, 0.2505230023782644465e-7, 0.2755724800902135303e-6, 0.2755731892386044373e-5,
  0.2480158735605815065e-4, 0.1984126984148071858e-3, 0.1388888888886763255e-2, 0.8333333333333347095e-2, 0.4166666666666669905e-1,
];

export function sleefTanhFloat64(x: number): number {
  const y = Math.abs(x);
  expk2(y);
  const dh = hi;
  const dl = lo;
  // e = 1 / d
  const eh = 1 / dh;
  const el = eh * fma(-dl, eh, fma(-dh, eh, 1));
  adddd(dh, dl, -eh, -el);
  const nh = hi;
  const nl = lo;
  adddd(dh, dl, eh, el);
  const t = 1 / hi;
  const s = nh * t;
  const r = s + fma(s, fma(-lo, t, fma(-hi, t, 1)), fma(nl, t, fma(t, nh, -s)));
  let result = y > 18.714973875 || r !== r ? 1 : r;
  result = x < 0 || Object.is(x, -0) ? -result : result;
  return x !== x ? x : result;
}

// ---- expm1

export function sleefExpm1Float64(a: number): number {
  expk2(a);
  add2ddd(hi, lo, -1);
  let x = hi + lo;
  if (a > 709.782712893383996732223) x = Infinity;
  if (a < -36.736800569677101399113302437) x = -1;
  return Object.is(a, -0) ? -0 : x;
}

// ---- erf (Sleef_erfd4_u10)

/** erf's polynomials in u (u = x^2 below 1, x up to 3.7, x up to 6), by Horner from the highest degree. */
const ERF_BELOW_1 = [
  0.6801072401395392157e-20, -0.2161766247570056391e-18, 0.4695919173301598752e-17, -0.9049140419888010819e-16, 0.1634018903557411517e-14,
  -0.2783485786333455216e-13, 0.4463221276786412722e-12, -0.6711366622850138987e-11, 0.9422759050232658346e-10, -0.1229055530100228477e-8,
  0.1480719281585085023e-7, -0.1636584469123402714e-6, 0.1646211436588923363e-5, -0.1492565035840624866e-4, 0.1205533298178966496e-3,
  -0.8548327023450851166e-3, 0.5223977625442188799e-2, -0.2686617064513125569e-1, 0.1128379167095512753e0, -0.376126389031837538e0,
];
const ERF_BELOW_3_7 = [
  0.283095452208771766e-13, -0.150949194617948194e-11, 0.3827857177807173152e-10, -0.6139733921558987241e-9, 0.6985387934608038824e-8,
  -0.5988224513034371474e-7, 0.400571695235534664e-6, -0.21321901045757844e-5, 0.9092461304042630325e-5, -0.3079188080966205457e-4,
  0.7971413443082370762e-4, -0.1387853215225442864e-3, 0.6469678026257590965e-4, 0.499664528037294586e-3, -0.1622802482842520535e-2,
  0.1615320557049377171e-3, 0.1915262325574875607e-1, -0.1027818298486033455e0, -0.6366172819842503827e0, -0.1128379590648910469e1,
];
const ERF_BELOW_6 = [
  -0.5846750404269610493e-17, 0.6076691048812607898e-15, -0.3007518609604893831e-13, 0.9427906260824646063e-12, -0.2100110908269393629e-10,
  0.3534639523461223473e-9, -0.4664967728285395926e-8, 0.4943823283769000532e-7, -0.4271203394761148254e-6, 0.3034067677404915895e-5,
  -0.1776295289066871135e-4, 0.852454763055950505e-4, -0.3290582944961784398e-3, 0.9696966068789101157e-3, -0.1812527628046986137e-2,
  -0.4725409828123619017e-3, 0.2090315427924229266e-1, -0.1052041921842776645e0, -0.6345351808766568347e0, -0.1129442929103524396e1,
];

export function sleefErfFloat64(s: number): number {
  const a = Math.abs(s);
  const below1 = a < 1;
  const below37 = a < 3.7;
  const u = below1 ? a * a : a;
  const c = below1 ? ERF_BELOW_1 : below37 ? ERF_BELOW_3_7 : ERF_BELOW_6;
  let t = c[0]!;
  for (let k = 1; k < c.length; k++) t = fma(t, u, c[k]!);
  // d = t*u + (ch, cl) in double-double
  const ph = t * u;
  const pl = fma(t, u, -ph);
  const [ch, cl] = below1 ? [1.1283791670955125586, 1.5335459613165822674e-17] : below37 ? [3.4110644736196137587e-8, -2.4875650708323294246e-24] : [0.00024963035690526438285, -5.4362665034856259795e-21];
  const sum = ph + ch;
  const v = sum - ph;
  const dl = ph - (sum - v) + (ch - v) + (pl + cl);
  if (below1) {
    muldd1(sum, dl, a);
  } else {
    expk2(sum, dl);
    adddd1(1, -hi, -lo);
  }
  const z = a < 6 ? hi + lo : 1;
  if (a !== a) return NaN;
  return s < 0 || Object.is(s, -0) ? -z : z;
}

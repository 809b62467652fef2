// One lane of the float32 log and sincos that PyTorch's AVX2 normal kernel uses
// (avx_mathfun's log256_ps and sincos256_ps, Cephes polynomials). Every step rounds to
// float32 where the vector code does, and fuses exactly the multiply-adds the compiled
// kernel fuses; that is what makes randn's >= 16-element path bit-exact.
import { fmaf } from '../numeric/fma';

const f = Math.fround;

const SQRT_HALF = f(0.707106781186547524);
// Polynomial coefficients, highest degree first, already rounded to float32.
const LOG_POLY = Float32Array.of(
  7.0376836292e-2, -1.151461031e-1, 1.167699874e-1, -1.2420140846e-1, 1.4249322787e-1,
  -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
);
const LOG_Q1 = f(-2.12194440e-4);
const LOG_Q2 = f(0.693359375);

const FOUR_OVER_PI = f(1.27323954473516);
const MINUS_DP1 = f(-0.78515625);
const MINUS_DP2 = f(-2.4187564849853515625e-4);
const MINUS_DP3 = f(-3.77489497744594108e-8);
const COS_POLY = Float32Array.of(2.443315711809948e-5, -1.388731625493765e-3, 4.166664568298827e-2);
const SIN_POLY = Float32Array.of(-1.9515295891e-4, 8.3321608736e-3, -1.6666654611e-1);

/** Horner's rule with a fused multiply-add per step, as the vector code evaluates its polynomials. */
function horner(coefficients: Float32Array, x: number): number {
  let y = coefficients[0];
  for (let k = 1; k < coefficients.length; k++) y = fmaf(y, x, coefficients[k]);
  return y;
}

const floatBits = new Float32Array(1);
const intBits = new Int32Array(floatBits.buffer);

/** log of a float32 in [2^-24, 1] (the range Box–Muller feeds it; no clamping or NaN handling needed). */
export function logf(value: number): number {
  floatBits[0] = value;
  const bits = intBits[0];
  let exponent = f((bits >>> 23) - 127 + 1);
  // Mantissa rescaled into [0.5, 1).
  intBits[0] = (bits & ~0x7f800000) | 0x3f000000;
  const mantissa = floatBits[0];
  let x = f(mantissa - 1);
  if (mantissa < SQRT_HALF) {
    exponent = f(exponent - 1);
    x = f(x + mantissa);
  }
  const z = f(x * x);
  let y = f(horner(LOG_POLY, x) * x);
  y = fmaf(y, z, f(exponent * LOG_Q1));
  y = f(y - f(z * 0.5));
  x = f(x + y);
  return fmaf(exponent, LOG_Q2, x);
}

/** Results of the last sincosf call (one shared object, so the hot loop allocates nothing). */
export const sincosResult = { sin: 0, cos: 0 };

/** sin and cos of a float32 angle >= 0 (Box–Muller's 2*pi*u), into sincosResult. */
export function sincosf(angle: number): void {
  // Octant j, rounded up to even, and the argument reduced by j*pi/4 in three parts.
  const octant = ((Math.trunc(f(angle * FOUR_OVER_PI)) | 0) + 1) & ~1;
  const y = f(octant);
  let x = fmaf(y, MINUS_DP1, angle);
  x = fmaf(y, MINUS_DP2, x);
  x = fmaf(y, MINUS_DP3, x);
  const z = f(x * x);

  const cosPoly = f(fmaf(f(horner(COS_POLY, z) * z), z, -f(z * 0.5)) + 1);
  const sinPoly = fmaf(f(horner(SIN_POLY, z) * z), x, x);

  const swapPolys = (octant & 2) !== 0;
  const sinSign = octant & 4 ? -1 : 1;
  const cosSign = ~(octant - 2) & 4 ? -1 : 1;
  sincosResult.sin = sinSign * (swapPolys ? cosPoly : sinPoly);
  sincosResult.cos = cosSign * (swapPolys ? sinPoly : cosPoly);
}

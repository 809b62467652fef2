// exp for float32 tensors as PyTorch's AVX2 kernel computes it (SLEEF's 1-ulp expf): reduce by ln 2 in two
// parts, a degree-6 polynomial evaluated with fused multiply-adds, then scale by 2^q. Results differ from the
// correctly rounded exp in a few last bits, and printed values can differ in the 4th decimal because of it.
import { fmaf } from '../../numeric/fma';

const LOG2_E = Math.fround(1.442695040888963407359924681001892137426645954152985934135449406931);
const LN2_HIGH = Math.fround(0.693145751953125);
const LN2_LOW = Math.fround(1.428606765330187045e-6);
const COEFFICIENTS = [
  0.000198527617612853646278381, 0.00139304355252534151077271, 0.00833336077630519866943359, 0.0416664853692054748535156,
  0.166666671633720397949219, 0.5,
].map(Math.fround);

/** Round half to even, as the vector round instruction does. */
function roundEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** x * 2^q for |q| up to 2^8 and beyond, splitting the scale so no intermediate over- or underflows. */
function scale(x: number, q: number): number {
  const half = q >> 1;
  return Math.fround(Math.fround(x * 2 ** half) * 2 ** (q - half));
}

export function expFloat32(d: number): number {
  if (d !== d) return d;
  if (d > 100) return Infinity;
  if (d < -104) return 0;
  const q = roundEven(Math.fround(d * LOG2_E));
  let s = fmaf(q, -LN2_HIGH, d);
  s = fmaf(q, -LN2_LOW, s);
  let u = COEFFICIENTS[0]!;
  for (let i = 1; i < COEFFICIENTS.length; i++) u = fmaf(u, s, COEFFICIENTS[i]!);
  u = Math.fround(1 + fmaf(Math.fround(s * s), u, s));
  return scale(u, q);
}

// torch.poisson: PyTorch 1.13's sample_poisson, one rate at a time in memory order. Rates of 10 and more use
// Hörmann's transformed rejection (PTRS, 1993), which draws two 53-bit uniforms per attempt; smaller rates
// multiply uniforms until the product falls to exp(-rate) or below.
import { libmExpFloat64, libmLogFloat64 } from '../numeric/libm';
import type { Generator } from './generator';
import { nextUnitFloat64 } from './uniform';

/** Fills `out` with one Poisson sample per rate (rates checked first: PyTorch fails on a negative one). */
export function poisson(gen: Generator, out: Float32Array | Float64Array, rates: Float32Array | Float64Array): void {
  for (let i = 0; i < rates.length; i++) out[i] = samplePoisson(gen, rates[i]!);
}

function samplePoisson(gen: Generator, rate: number): number {
  if (!(rate >= 0)) throw new RangeError('invalid Poisson rate, expected rate to be non-negative');
  if (rate >= 10) return transformedRejection(gen, rate);
  if (rate === 0) return 0;
  const threshold = libmExpFloat64(-rate);
  let count = 0;
  for (let product = nextUnitFloat64(gen); product > threshold; product *= nextUnitFloat64(gen)) count++;
  return count;
}

function transformedRejection(gen: Generator, rate: number): number {
  const sqrtRate = Math.sqrt(rate);
  const logRate = libmLogFloat64(rate);
  const b = 0.931 + 2.53 * sqrtRate;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = nextUnitFloat64(gen) - 0.5;
    const v = nextUnitFloat64(gen);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + rate + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (libmLogFloat64(v) + libmLogFloat64(invAlpha) - libmLogFloat64(a / (us * us) + b) <= -rate + k * logRate - logFactorial(k)) return k;
  }
}

/** log(k!) = lgamma(k + 1): exact factorials while they fit a double's mantissa, then Stirling's series. */
function logFactorial(k: number): number {
  if (k <= 22) {
    let factorial = 1;
    for (let j = 2; j <= k; j++) factorial *= j;
    return Math.log(factorial);
  }
  const n = k + 1;
  const inverse = 1 / n;
  const inverseSquare = inverse * inverse;
  const series = inverse * (1 / 12 - inverseSquare * (1 / 360 - inverseSquare * (1 / 1260 - inverseSquare / 1680)));
  return (n - 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + series;
}

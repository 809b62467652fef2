// One transformed uniform (or normal) per element, in memory order, as PyTorch 1.13's CPU kernels draw them
// (cpu_serial_kernel over at::*_distribution<double>, no MKL): exponential_, geometric_, log_normal_, cauchy_.
// Results are doubles; a float32 or integer tensor takes them with a C++ static_cast (round or truncate).
import { fma } from '../numeric/fma';
import { libmLogFloat64 } from '../numeric/libm';
import type { Generator } from './generator';
import { nextStandardNormal } from './normal';
import { nextUnitFloat64 } from './uniform';

/** exponential_(lambd): -1/lambd * log(1 - u) in double, u a 53-bit uniform. */
export function exponential(gen: Generator, out: Float32Array | Float64Array, lambd: number): void {
  const scale = -1 / lambd;
  for (let i = 0; i < out.length; i++) out[i] = scale * libmLogFloat64(1 - nextUnitFloat64(gen));
}

/** geometric_(p): ceil(log(u) / log(1 - p)), the number of Bernoulli(p) trials up to the first success. */
export function geometric(gen: Generator, out: Float32Array | Float64Array, p: number): void {
  const logFailure = libmLogFloat64(1 - p);
  for (let i = 0; i < out.length; i++) out[i] = Math.ceil(libmLogFloat64(nextUnitFloat64(gen)) / logFailure);
}

/** log_normal_(mean, std): exp of a normal(mean, std) drawn like normal_'s scalar path (sharing its cached spare). */
export function logNormal(gen: Generator, out: Float32Array | Float64Array, mean: number, std: number): void {
  for (let i = 0; i < out.length; i++) out[i] = Math.exp(fma(nextStandardNormal(gen), std, mean));
}

/** cauchy_(median, sigma): median + sigma * tan(pi * (u - 0.5)). */
export function cauchy(gen: Generator, out: Float32Array | Float64Array, median: number, sigma: number): void {
  for (let i = 0; i < out.length; i++) out[i] = median + sigma * Math.tan(Math.PI * (nextUnitFloat64(gen) - 0.5));
}

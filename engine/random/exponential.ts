// Exponential samples: exponential_(lambd) (at::exponential_distribution<double>, no MKL).
import type { Generator } from './generator';
import { nextUnitFloat64 } from './uniform';

/** exponential_(lambd), in memory order: -1/lambd * log(1 - u) in double, u a 53-bit uniform. */
export function exponential(gen: Generator, out: Float32Array | Float64Array, lambd: number): void {
  const scale = -1 / lambd;
  for (let i = 0; i < out.length; i++) out[i] = scale * Math.log(1 - nextUnitFloat64(gen));
}

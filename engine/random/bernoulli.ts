// Bernoulli samples: bernoulli_(p), torch.bernoulli(probs) and dropout's noise
// (PyTorch 1.13 without MKL, which is every build running on an AMD CPU and Debian's).
import type { Generator } from './generator';
import { nextUnitFloat32, nextUnitFloat64 } from './uniform';

export type NumericArray = Float32Array | Float64Array | Int8Array | Uint8Array | Int16Array | Int32Array;

/** bernoulli_(p) with a scalar p, in memory order: 1 where a 53-bit uniform is < p, else 0. */
export function bernoulliScalar(gen: Generator, out: NumericArray, p: number): void {
  for (let i = 0; i < out.length; i++) out[i] = nextUnitFloat64(gen) < p ? 1 : 0;
}

/**
 * torch.bernoulli(probs), elementwise in memory order. float32 probabilities are compared with
 * a 24-bit float32 uniform (one draw), float64 ones with a 53-bit uniform (two draws).
 */
export function bernoulliTensor(gen: Generator, out: NumericArray, probs: Float32Array | Float64Array): void {
  const next = probs instanceof Float32Array ? nextUnitFloat32 : nextUnitFloat64;
  for (let i = 0; i < out.length; i++) out[i] = next(gen) < probs[i] ? 1 : 0;
}

/**
 * F.dropout's noise in training mode: bernoulli_(1 - p), then divided by (1 - p) in the
 * array's precision. The output of dropout is input * noise.
 */
export function dropoutNoise(gen: Generator, out: Float32Array | Float64Array, p: number): void {
  const keep = 1 - p;
  bernoulliScalar(gen, out, keep);
  const scale = out instanceof Float32Array ? Math.fround(keep) : keep;
  for (let i = 0; i < out.length; i++) out[i] = out[i] / scale;
}

// Uniform samples (torch.rand, uniform_): at::uniform_real_distribution on the CPU.
import { fma, fmaf } from '../numeric/fma';
import type { Generator } from './generator';

const TWO_POW_MINUS_24 = 2 ** -24;
const TWO_POW_MINUS_53 = 2 ** -53;
const TWO_POW_32 = 2 ** 32;

/** float32 in [0, 1): the low 24 bits of one uint32 draw, scaled (exact in float32). */
export function nextUnitFloat32(gen: Generator): number {
  return (gen.random() & 0xffffff) * TWO_POW_MINUS_24;
}

/** double in [0, 1): the low 53 bits of random64() (hi word first), scaled. No BigInt needed. */
export function nextUnitFloat64(gen: Generator): number {
  const hi = gen.random() & 0x1fffff;
  const lo = gen.random();
  return (hi * TWO_POW_32 + lo) * TWO_POW_MINUS_53;
}

/** Fills data[start, end) with nextUnitFloat32 draws. */
export function fillUnitFloat32(gen: Generator, data: Float32Array, start: number, end: number): void {
  for (let i = start; i < end; i++) data[i] = nextUnitFloat32(gen);
}

/** Fills data[start, end) with nextUnitFloat64 draws. */
export function fillUnitFloat64(gen: Generator, data: Float64Array, start: number, end: number): void {
  for (let i = start; i < end; i++) data[i] = nextUnitFloat64(gen);
}

/**
 * uniform_(from, to) on float32, in memory order. The bounds are cast to float32 first and
 * the multiply-add is fused, as in PyTorch's AVX2-compiled CPU kernel.
 */
export function uniformFloat32(gen: Generator, out: Float32Array, from: number, to: number): void {
  const low = Math.fround(from);
  const range = Math.fround(Math.fround(to) - low);
  for (let i = 0; i < out.length; i++) out[i] = fmaf(nextUnitFloat32(gen), range, low);
}

/** uniform_(from, to) on float64, in memory order: one random64 per element, fused multiply-add. */
export function uniformFloat64(gen: Generator, out: Float64Array, from: number, to: number): void {
  const range = to - from;
  for (let i = 0; i < out.length; i++) out[i] = fma(nextUnitFloat64(gen), range, from);
}

/** uniform_(from, to) in the array's precision (uniformFloat32 or uniformFloat64). */
export function uniform(gen: Generator, out: Float32Array | Float64Array, from: number, to: number): void {
  if (out instanceof Float32Array) uniformFloat32(gen, out, from, to);
  else uniformFloat64(gen, out, from, to);
}

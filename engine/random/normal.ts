// Normal samples (torch.randn, normal_). PyTorch 1.13's CPU kernel picks the algorithm by
// size and layout, not shape: fewer than 16 elements or a non-contiguous tensor take the
// scalar Box–Muller path (which caches its spare sample in the generator); otherwise a
// 16-wide Box–Muller runs over a buffer of uniforms (float32: the AVX2 kernel's arithmetic).
import { logf, sincosResult, sincosf } from './cephes32';
import { fma, fmaf } from '../numeric/fma';
import { libmCosFloat64, libmLogFloat64, libmSinFloat64 } from '../numeric/libm';
import type { Generator } from './generator';
import { fillUnitFloat32, fillUnitFloat64, nextUnitFloat64 } from './uniform';

const BLOCK = 16;
const HALF_BLOCK = 8;
const TWO_PI_FLOAT32 = Math.fround(2 * Math.PI);

/** One standard normal from at::normal_distribution<double>: the cached spare if there is one. */
export function nextStandardNormal(gen: Generator): number {
  const cached = gen.cachedNormal;
  if (cached !== undefined) {
    gen.cachedNormal = undefined;
    return cached;
  }
  const u1 = nextUnitFloat64(gen);
  const u2 = nextUnitFloat64(gen);
  const radius = Math.sqrt(-2 * libmLogFloat64(1 - u2));
  const theta = 2 * Math.PI * u1;
  gen.cachedNormal = radius * libmSinFloat64(theta);
  return radius * libmCosFloat64(theta);
}

/** The scalar path: each value is fma(normal, std, mean) in double, then stored (float32 rounds it). */
function scalarNormals(gen: Generator, out: Float32Array | Float64Array, mean: number, std: number): void {
  for (let i = 0; i < out.length; i++) out[i] = fma(nextStandardNormal(gen), std, mean);
}

/**
 * normal_(mean, std) on float32, in memory order. `contiguous` = the tensor is laid out densely
 * in memory order (non-contiguous tensors always take the scalar path).
 */
export function normalFloat32(gen: Generator, out: Float32Array, mean: number, std: number, contiguous = true): void {
  if (!contiguous || out.length < BLOCK) scalarNormals(gen, out, mean, std);
  else blockNormals(gen, out, Math.fround(mean), Math.fround(std), fillUnitFloat32, boxMullerFloat32);
}

/** normal_(mean, std) on float64, in memory order; see normalFloat32. */
export function normalFloat64(gen: Generator, out: Float64Array, mean: number, std: number, contiguous = true): void {
  if (!contiguous || out.length < BLOCK) scalarNormals(gen, out, mean, std);
  else blockNormals(gen, out, mean, std, fillUnitFloat64, boxMullerFloat64);
}

/** normal_(mean, std) in the array's precision (normalFloat32 or normalFloat64). */
export function normal(gen: Generator, out: Float32Array | Float64Array, mean: number, std: number, contiguous = true): void {
  if (out instanceof Float32Array) normalFloat32(gen, out, mean, std, contiguous);
  else normalFloat64(gen, out, mean, std, contiguous);
}

/**
 * Fills `data` with uniforms and transforms each full block of 16 in place. A ragged tail is
 * handled the way PyTorch does it: 16 fresh uniforms overwrite the last 16 slots (including
 * normals already written) and that window is transformed once more.
 */
function blockNormals<T extends Float32Array | Float64Array>(
  gen: Generator,
  data: T,
  mean: number,
  std: number,
  fillUnits: (gen: Generator, data: T, start: number, end: number) => void,
  boxMuller: (data: T, offset: number, mean: number, std: number) => void,
): void {
  const n = data.length;
  fillUnits(gen, data, 0, n);
  for (let offset = 0; offset + BLOCK <= n; offset += BLOCK) boxMuller(data, offset, mean, std);
  if (n % BLOCK !== 0) {
    fillUnits(gen, data, n - BLOCK, n);
    boxMuller(data, n - BLOCK, mean, std);
  }
}

/** normal_fill_16_AVX2, one lane at a time: float32 math with Cephes log/sincos and fused ops. */
function boxMullerFloat32(data: Float32Array, offset: number, mean: number, std: number): void {
  for (let j = offset; j < offset + HALF_BLOCK; j++) {
    const radius = Math.fround(Math.sqrt(Math.fround(-2 * logf(Math.fround(1 - data[j])))));
    sincosf(Math.fround(TWO_PI_FLOAT32 * data[j + HALF_BLOCK]));
    data[j] = fmaf(Math.fround(radius * sincosResult.cos), std, mean);
    data[j + HALF_BLOCK] = fmaf(Math.fround(radius * sincosResult.sin), std, mean);
  }
}

/** normal_fill_16 in double with glibc's log, sin and cos. */
function boxMullerFloat64(data: Float64Array, offset: number, mean: number, std: number): void {
  for (let j = offset; j < offset + HALF_BLOCK; j++) {
    const radius = Math.sqrt(-2 * libmLogFloat64(1 - data[j]));
    const theta = 2 * Math.PI * data[j + HALF_BLOCK];
    data[j] = fma(radius * libmCosFloat64(theta), std, mean);
    data[j + HALF_BLOCK] = fma(radius * libmSinFloat64(theta), std, mean);
  }
}

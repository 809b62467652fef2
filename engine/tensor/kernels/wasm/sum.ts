// The float32 cascade sum's hot loop (cascadeSum.ts's multi_row_sum over 32 contiguous rows, what a sum over
// contiguous elements spends its time in) on the WebAssembly SIMD kernel in sum.wat: the steps are copied into
// the module's memory and the 32 row totals come back, added in the same order and rounded alike.
import { releaseLargeMemory, reserve, wasmKernels } from './instance';

const CASCADE_ROWS = 32;
/** Below this many steps the copy and the call cost more than the kernel saves (test/bench/kernels.mjs). */
const MIN_STEPS = 64;
const LEVELS_BYTES = 3 * CASCADE_ROWS * 4;

/**
 * Cascades `count` steps of 32 contiguous float32 rows from data[base] (step i at base + 32i) with levels of
 * 2^levelPower steps, leaving the row totals in out[0..32]; false (out untouched) when it does not apply.
 */
export function wasmCascadeRows32(data: ArrayLike<number>, base: number, count: number, levelPower: number, out: Float64Array): boolean {
  if (!(data instanceof Float32Array) || count < MIN_STEPS) return false;
  const kernels = wasmKernels();
  if (!kernels) return false;
  const bytes = count * CASCADE_ROWS * 4;
  if (!reserve(kernels, bytes + LEVELS_BYTES + CASCADE_ROWS * 4)) return false;
  new Float32Array(kernels.memory.buffer, 0, count * CASCADE_ROWS).set(data.subarray(base, base + count * CASCADE_ROWS));
  kernels.cascade_rows32_f32(0, CASCADE_ROWS * 4, count, levelPower, bytes, bytes + LEVELS_BYTES);
  out.set(new Float32Array(kernels.memory.buffer, bytes + LEVELS_BYTES, CASCADE_ROWS));
  releaseLargeMemory(kernels);
  return true;
}

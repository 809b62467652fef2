// Elementwise add, sub, mul and div of contiguous float operands on the WebAssembly SIMD kernels (binary.wat):
// operands copied into the module's memory, the result copied out. Each element is the same correctly rounded
// operation as the TypeScript loop computes (a float64 sum rounded to float32 is the float32 sum), so results
// are identical.
import type { Storage } from '../../dtype';
import { reserve, wasmKernels, type BinaryOp } from './instance';

/**
 * Where the kernel beats the TypeScript loop even with the copies (measured with test/bench/kernels.mjs): from
 * 1024 elements up to operands of 1 MiB; beyond that the copies' memory traffic cancels the gain.
 */
const MIN_LENGTH = 1024;
const MAX_OPERAND_BYTES = 1 << 20;

const align = (bytes: number): number => Math.ceil(bytes / 16) * 16;

/** out[i] = a[i] op b[i] for i < n on the WebAssembly kernel; false (out untouched) when it does not apply. */
export function wasmBinary(op: BinaryOp, a: Storage, b: Storage, out: Storage, n: number): boolean {
  const float32 = out instanceof Float32Array && a instanceof Float32Array && b instanceof Float32Array;
  if (!float32 && !(out instanceof Float64Array && a instanceof Float64Array && b instanceof Float64Array)) return false;
  if (n < MIN_LENGTH || n * out.BYTES_PER_ELEMENT > MAX_OPERAND_BYTES) return false;
  const kernels = wasmKernels();
  if (!kernels) return false;
  const View = float32 ? Float32Array : Float64Array;
  const bytes = align(n * View.BYTES_PER_ELEMENT);
  if (!reserve(kernels, 3 * bytes)) return false;
  const { buffer } = kernels.memory;
  new View(buffer, 0, n).set(a.subarray(0, n));
  new View(buffer, bytes, n).set(b.subarray(0, n));
  kernels[`${op}_${float32 ? 'f32' : 'f64'}`](0, bytes, 2 * bytes, n);
  out.set(new View(buffer, 2 * bytes, n));
  return true;
}

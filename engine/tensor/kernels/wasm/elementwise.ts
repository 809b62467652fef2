// Elementwise kernels on contiguous float operands in WebAssembly SIMD (binary.wat: add, sub, mul, div;
// float.wat: relu): operands copied into the module's memory, the result copied out. Each element gets the
// same correctly rounded operation as the TypeScript loop (a float64 sum rounded to float32 is the float32 sum),
// so results are identical.
import type { Storage } from '../../dtype';
import { reserve, wasmKernels, type BinaryOp, type WasmKernels } from './instance';

/**
 * Where the kernels beat the TypeScript loops even with the copies (measured with test/bench/kernels.mjs): from
 * 1024 elements up to operands of 1 MiB; beyond that the copies' memory traffic cancels the gain.
 */
const MIN_LENGTH = 1024;
const MAX_OPERAND_BYTES = 1 << 20;

const align = (bytes: number): number => Math.ceil(bytes / 16) * 16;

/**
 * Copies `inputs` (n elements each) into the module's memory, lets `run` call a kernel on them (with the type
 * suffix, the inputs' addresses and the output's) and copies the result into `out`. False, with out untouched,
 * when the kernels are unavailable or the operands are not all float32 or all float64 of a length that gains.
 */
function runOnWasm(inputs: readonly Storage[], out: Storage, n: number, run: (kernels: WasmKernels, type: 'f32' | 'f64', at: number[], to: number) => void): boolean {
  const float32 = out instanceof Float32Array && inputs.every((input) => input instanceof Float32Array);
  if (!float32 && !(out instanceof Float64Array && inputs.every((input) => input instanceof Float64Array))) return false;
  if (n < MIN_LENGTH || n * out.BYTES_PER_ELEMENT > MAX_OPERAND_BYTES) return false;
  const kernels = wasmKernels();
  if (!kernels) return false;
  const View = float32 ? Float32Array : Float64Array;
  const bytes = align(n * View.BYTES_PER_ELEMENT);
  if (!reserve(kernels, (inputs.length + 1) * bytes)) return false;
  const addresses = inputs.map((input, i) => {
    new View(kernels.memory.buffer, i * bytes, n).set(input.subarray(0, n));
    return i * bytes;
  });
  const result = inputs.length * bytes;
  run(kernels, float32 ? 'f32' : 'f64', addresses, result);
  out.set(new View(kernels.memory.buffer, result, n));
  return true;
}

/** out[i] = a[i] op b[i] for i < n on the WebAssembly kernel; false (out untouched) when it does not apply. */
export const wasmBinary = (op: BinaryOp, a: Storage, b: Storage, out: Storage, n: number): boolean =>
  runOnWasm([a, b], out, n, (kernels, type, [left, right], to) => kernels[`${op}_${type}`](left!, right!, to, n));

/** out[i] = relu(a[i]) for i < n on the WebAssembly kernel; false (out untouched) when it does not apply. */
export const wasmRelu = (a: Storage, out: Storage, n: number): boolean =>
  runOnWasm([a], out, n, (kernels, type, [input], to) => kernels[`relu_${type}`](input!, to, n));

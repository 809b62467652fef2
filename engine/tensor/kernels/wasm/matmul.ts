// Matrix products on the WebAssembly SIMD kernel (float.wat's gemm): the operands are packed straight from
// their layout (row-major or transposed) into panels in the module's memory, the product is computed there
// and copied out. Every output adds its products in increasing k, each rounded to the dtype, exactly as the
// TypeScript kernel in ops/linalg.ts and PyTorch's reference BLAS do.
import { releaseLargeMemory, reserve, wasmKernels } from './instance';
import { gemmAcrossThreads } from './threads';

/** A matrix as a kernel reads it: its values row by row, or when `transposed` its transpose's row by row. */
export interface MatrixOperand {
  readonly data: Float32Array | Float64Array;
  readonly transposed: boolean;
}

/** Rows in a panel of A, and bytes in a row of a panel of B (two vectors of columns). */
const A_PANEL_ROWS = 4;
const B_PANEL_BYTES = 32;
/** Blocking: at most this many steps of k per block (k is split evenly), and A panels per block (a block of A then fits in the L2 cache). */
const K_BLOCK = 256;
const M_BLOCK_PANELS = 32;
/** Below this many multiply-adds, copying in and out costs more than the SIMD kernel saves. */
const MIN_WORK = 4096;

/** Rows at least this long are copied with one `set` each; shorter ones element by element, cheaper than a subarray per row. */
const SET_ROW_LENGTH = 64;

const align = (bytes: number): number => Math.ceil(bytes / 16) * 16;

/** Copies `rows` rows of `length` elements, `fromStride` and `toStride` elements apart. */
function copyRows<T extends Float32Array | Float64Array>(from: T, fromStride: number, to: T, toStride: number, rows: number, length: number): void {
  if (fromStride === length && toStride === length) to.set(from.subarray(0, rows * length));
  else if (length >= SET_ROW_LENGTH) for (let i = 0; i < rows; i++) to.set(from.subarray(i * fromStride, i * fromStride + length), i * toStride);
  else {
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < length; j++) to[i * toStride + j] = from[i * fromStride + j]!;
    }
  }
}

/**
 * out (m×n, row-major) = a (m×k) · b (k×n) on the WebAssembly kernel, or with `accumulate` out += a · b (each
 * output adding its products onto the value out holds, in increasing k); false (out untouched) when the kernels
 * are off or unavailable, the product has fewer than `minimumWork` multiply-adds (or none), or the module's
 * memory cannot grow to hold it.
 */
export function wasmMatmul(
  a: MatrixOperand,
  b: MatrixOperand,
  m: number,
  k: number,
  n: number,
  out: Float32Array | Float64Array,
  accumulate = false,
  minimumWork = MIN_WORK,
): boolean {
  if (k === 0 || m * k * n < minimumWork) return false;
  const kernels = wasmKernels();
  if (!kernels) return false;
  const float32 = out instanceof Float32Array;
  const size = float32 ? 4 : 8;
  const bPanelColumns = B_PANEL_BYTES / size;
  const aPanels = Math.ceil(m / A_PANEL_ROWS);
  const bPanels = Math.ceil(n / bPanelColumns);
  const ldc = bPanels * bPanelColumns;
  // Packed A, packed B, then the unpacked operands, whose place the result takes once they are packed.
  const packedA = 0;
  const packedB = packedA + align(aPanels * A_PANEL_ROWS * k * size);
  const rawA = packedB + align(bPanels * B_PANEL_BYTES * k);
  const rawB = rawA + align(m * k * size);
  const result = rawA;
  const end = Math.max(rawB + n * k * size, result + aPanels * A_PANEL_ROWS * ldc * size);
  if (!reserve(kernels, end)) return false;
  const View = float32 ? Float32Array : Float64Array;
  const { buffer } = kernels.memory;
  new View(buffer, rawA, m * k).set(a.data);
  new View(buffer, rawB, k * n).set(b.data);
  /** Packs `outer` vectors of length k: each a contiguous row of the source (`alongK`), else element (x, p) at x + p*outer. */
  const pack = (src: number, dst: number, outer: number, width: number, alongK: boolean) => {
    if (alongK && float32) kernels.pack_rows_f32(src, dst, outer, k, width);
    else (float32 ? kernels.pack_f32 : kernels.pack_f64)(src, dst, outer, k, width, alongK ? k : 1, alongK ? 1 : outer);
  };
  pack(rawA, packedA, m, A_PANEL_ROWS, !a.transposed);
  pack(rawB, packedB, n, bPanelColumns, b.transposed);
  const product = new View(buffer, result, aPanels * A_PANEL_ROWS * ldc);
  if (accumulate) copyRows(out, n, product, ldc, m, n);
  const kc = Math.ceil(k / Math.ceil(k / K_BLOCK));
  const aPanelBytes = A_PANEL_ROWS * k * size;
  gemmAcrossThreads(kernels, float32, m * k * n, packedA, packedB, result, aPanels, bPanels, k, kc, M_BLOCK_PANELS, accumulate, aPanelBytes, A_PANEL_ROWS * ldc * size);
  copyRows(product, ldc, out, n, m, n);
  releaseLargeMemory(kernels);
  return true;
}

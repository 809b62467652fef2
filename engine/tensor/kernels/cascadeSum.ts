// Float summation in the order PyTorch's CPU sum kernel adds (aten SumKernel's cascade_sum, AVX2 build), so
// float32 and float64 sums round exactly as PyTorch's do:
// - a "cascade" keeps 4 levels of accumulators; every 2^p additions one level is folded into the next, which
//   bounds the error like pairwise summation without recursion;
// - a reduction over contiguous elements splits them over 4 interleaved accumulators (instruction-level
//   parallelism), and when there is at least one whole vector (8 float32 or 4 float64 lanes) it first sums
//   whole vectors lane by lane;
// - a reduction down an outer dim cascades each output column over the reduced elements in order.
// `round` is Math.fround for float32 and the identity for float64.

import { wasmCascadeRows32 } from './wasm/sum';

const LEVELS = 4;
const ILP = 4;
/** Lanes of one AVX2 vector: 8 float32 or 4 float64. */
const lanesFor = (float32: boolean): number => (float32 ? 8 : 4);
const FLOAT32_LANES = 8;

type Round = (x: number) => number;
const identity: Round = (x) => x;

function ceilLog2(n: number): number {
  return n <= 1 ? 0 : Math.ceil(Math.log2(n));
}

/** log2 of the steps between folds of the cascade's levels. */
const levelPowerFor = (count: number): number => Math.max(4, Math.floor(ceilLog2(count) / LEVELS));

/**
 * PyTorch's multi_row_sum: independent cascaded sums, one per row, over `count` steps; step i of row r reads
 * data[base + i*stepStride + rowOffsets[r]]. Leaves row r's total in out[r].
 */
function multiRowSum(data: ArrayLike<number>, base: number, stepStride: number, rowOffsets: Int32Array, count: number, round: Round, out: Float64Array): void {
  const rows = rowOffsets.length;
  const levelPower = levelPowerFor(count);
  const levelStep = 1 << levelPower;
  const levelMask = levelStep - 1;
  const acc = new Float64Array(LEVELS * rows);
  let i = 0;
  while (i + levelStep <= count) {
    for (let j = 0; j < levelStep; j++, i++) {
      const at = base + i * stepStride;
      for (let r = 0; r < rows; r++) acc[r] = round(acc[r]! + data[at + rowOffsets[r]!]!);
    }
    for (let level = 1; level < LEVELS; level++) {
      for (let r = 0; r < rows; r++) {
        acc[level * rows + r] = round(acc[level * rows + r]! + acc[(level - 1) * rows + r]!);
        acc[(level - 1) * rows + r] = 0;
      }
      if ((i & (levelMask << (level * levelPower))) !== 0) break;
    }
  }
  for (; i < count; i++) {
    const at = base + i * stepStride;
    for (let r = 0; r < rows; r++) acc[r] = round(acc[r]! + data[at + rowOffsets[r]!]!);
  }
  for (let level = 1; level < LEVELS; level++) {
    for (let r = 0; r < rows; r++) acc[r] = round(acc[r]! + acc[level * rows + r]!);
  }
  for (let r = 0; r < rows; r++) out[r] = acc[r]!;
}

const consecutive = (n: number) => Int32Array.from({ length: n }, (_, i) => i);
const SCALAR_ILP_ROWS = consecutive(ILP);

/**
 * PyTorch's row_sum: `count` items of `width` lanes (item i, lane l at base + i*itemStride + l), split over 4
 * interleaved cascades that are folded together at the end. Returns the `width` lane totals.
 */
function rowSum(data: ArrayLike<number>, base: number, itemStride: number, width: number, count: number, round: Round): Float64Array {
  const groups = Math.floor(count / ILP);
  // Cascade row k*width + l is lane l of items ILP*i + k.
  const rowOffsets = width === 1 && itemStride === 1 ? SCALAR_ILP_ROWS : Int32Array.from({ length: ILP * width }, (_, r) => Math.floor(r / width) * itemStride + (r % width));
  const partial = new Float64Array(ILP * width);
  // Whole 8-lane vectors of float32 (32 contiguous rows per step) may run on the WebAssembly kernel.
  const onWasm = width === FLOAT32_LANES && itemStride === FLOAT32_LANES && round === Math.fround && wasmCascadeRows32(data, base, groups, levelPowerFor(groups), partial);
  if (!onWasm) multiRowSum(data, base, itemStride * ILP, rowOffsets, groups, round, partial);
  for (let item = groups * ILP; item < count; item++) {
    for (let lane = 0; lane < width; lane++) partial[lane] = round(partial[lane]! + data[base + item * itemStride + lane]!);
  }
  for (let k = 1; k < ILP; k++) {
    for (let lane = 0; lane < width; lane++) partial[lane] = round(partial[lane]! + partial[k * width + lane]!);
  }
  return partial.subarray(0, width);
}

const roundingFor = (float32: boolean): Round => (float32 ? Math.fround : identity);

/** Sum of `count` contiguous elements from `start` (vectorized_inner_sum): whole vectors lane by lane first. */
function innerSum(data: ArrayLike<number>, start: number, count: number, round: Round, width: number): number {
  const vectors = Math.floor(count / width);
  const lanes = rowSum(data, start, width, width, vectors, round);
  let total = 0;
  for (let i = start + vectors * width; i < start + count; i++) total = round(total + data[i]!);
  for (let lane = 0; lane < width; lane++) total = round(total + lanes[lane]!);
  return total;
}

/**
 * Column sums down an outer reduced dim: column c (of `columns`, `columnStride` apart) sums `count` elements
 * `stride` apart from data[base + c*columnStride]. Whole blocks of columns cascade down each column: blocks of
 * 4 vectors when the columns are contiguous (vectorized_outer_sum), else blocks of 4 (scalar_outer_sum); the
 * remaining columns use row_sum's split.
 */
function outerSums(data: ArrayLike<number>, base: number, columns: number, columnStride: number, stride: number, count: number, round: Round, blockSize: number, out: Float64Array): void {
  const block = Int32Array.from({ length: blockSize }, (_, k) => k * columnStride);
  const totals = new Float64Array(blockSize);
  let column = 0;
  for (; column + blockSize <= columns; column += blockSize) {
    multiRowSum(data, base + column * columnStride, stride, block, count, round, totals);
    out.set(totals, column);
  }
  for (; column < columns; column++) out[column] = rowSum(data, base + column * columnStride, stride, 1, count, round)[0]!;
}

/**
 * One 2-D step of PyTorch's cascade_sum with the reduced dim first: out[j] (j < size1) is the sum over
 * i < size0 of data[base + i*stride0 + j*stride1], added with the kernel PyTorch picks for these strides —
 * contiguous reduced elements: vectorised inner sums; contiguous outputs: vectorised column sums; otherwise
 * scalar inner or column sums, whichever dim has the smaller stride leading.
 */
export function sumStep(data: ArrayLike<number>, base: number, size0: number, stride0: number, size1: number, stride1: number, float32: boolean, out: Float64Array): void {
  const round = roundingFor(float32);
  const width = lanesFor(float32);
  if (stride0 === 1 && size0 >= width) {
    for (let j = 0; j < size1; j++) out[j] = innerSum(data, base + j * stride1, size0, round, width);
  } else if (stride1 === 1 && size1 >= width) {
    outerSums(data, base, size1, stride1, stride0, size0, round, ILP * width, out);
  } else if (stride0 < stride1) {
    for (let j = 0; j < size1; j++) out[j] = rowSum(data, base + j * stride1, stride0, 1, size0, round)[0]!;
  } else {
    outerSums(data, base, size1, stride1, stride0, size0, round, ILP, out);
  }
}

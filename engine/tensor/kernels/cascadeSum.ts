// Float summation in the order PyTorch's CPU sum kernel adds (aten SumKernel, AVX2 build), so float32 sums
// round exactly as PyTorch's do:
// - a "cascade" keeps 4 levels of accumulators; every 2^p additions one level is folded into the next, which
//   bounds the error like pairwise summation without recursion;
// - a reduction over contiguous innermost elements splits them over 4 interleaved accumulators (instruction-
//   level parallelism), and when there are at least 8 it first sums whole 8-lane vectors lane by lane;
// - a reduction over an outer dim cascades each output over the reduced elements in order.
// `round` is Math.fround for float32 and the identity for float64.

const LEVELS = 4;
const ILP = 4;
const LANES = 8;

type Round = (x: number) => number;
const identity: Round = (x) => x;

function ceilLog2(n: number): number {
  return n <= 1 ? 0 : Math.ceil(Math.log2(n));
}

/**
 * PyTorch's multi_row_sum: `rows` independent cascaded sums over `count` steps; step i of row k reads
 * data[start + i*stepStride + k*rowStride]. Leaves row k's total in out[k].
 */
function multiRowSum(data: ArrayLike<number>, start: number, stepStride: number, rowStride: number, rows: number, count: number, round: Round, out: Float64Array): void {
  const levelPower = Math.max(4, Math.floor(ceilLog2(count) / LEVELS));
  const levelStep = 1 << levelPower;
  const levelMask = levelStep - 1;
  const acc = new Float64Array(LEVELS * rows);
  let i = 0;
  while (i + levelStep <= count) {
    for (let j = 0; j < levelStep; j++, i++) {
      const at = start + i * stepStride;
      for (let k = 0; k < rows; k++) acc[k] = round(acc[k]! + data[at + k * rowStride]!);
    }
    for (let level = 1; level < LEVELS; level++) {
      for (let k = 0; k < rows; k++) {
        acc[level * rows + k] = round(acc[level * rows + k]! + acc[(level - 1) * rows + k]!);
        acc[(level - 1) * rows + k] = 0;
      }
      if ((i & (levelMask << (level * levelPower))) !== 0) break;
    }
  }
  for (; i < count; i++) {
    const at = start + i * stepStride;
    for (let k = 0; k < rows; k++) acc[k] = round(acc[k]! + data[at + k * rowStride]!);
  }
  for (let level = 1; level < LEVELS; level++) {
    for (let k = 0; k < rows; k++) acc[k] = round(acc[k]! + acc[level * rows + k]!);
  }
  for (let k = 0; k < rows; k++) out[k] = acc[k]!;
}

/** PyTorch's row_sum: 4 interleaved cascades over `count` items of `width` lanes each, then folded together. */
function rowSum(data: ArrayLike<number>, start: number, itemStride: number, width: number, count: number, round: Round): Float64Array {
  const groups = Math.floor(count / ILP);
  // Row k of the cascade is item ILP*i + k; its lanes are the item's `width` consecutive elements.
  const partial = new Float64Array(ILP * width);
  multiRowSum(data, start, itemStride * ILP, 1, ILP * width, groups, round, partial);
  for (let item = groups * ILP; item < count; item++) {
    for (let lane = 0; lane < width; lane++) partial[lane] = round(partial[lane]! + data[start + item * itemStride + lane]!);
  }
  for (let k = 1; k < ILP; k++) {
    for (let lane = 0; lane < width; lane++) partial[lane] = round(partial[lane]! + partial[k * width + lane]!);
  }
  return partial.subarray(0, width);
}

/** Sum of `count` contiguous elements starting at `start`, reduced as the innermost dim. */
export function innerSum(data: ArrayLike<number>, start: number, count: number, float32: boolean): number {
  const round = float32 ? Math.fround : identity;
  if (count < LANES) return rowSum(data, start, 1, 1, count, round)[0]!;
  const vectors = Math.floor(count / LANES);
  const lanes = rowSum(data, start, LANES, LANES, vectors, round);
  let total = 0;
  for (let i = start + vectors * LANES; i < start + count; i++) total = round(total + data[i]!);
  for (let lane = 0; lane < LANES; lane++) total = round(total + lanes[lane]!);
  return total;
}

/** Sums of an outer reduced dim: output k cascades data[start + i*stride + k] over i < count. */
export function outerSums(data: ArrayLike<number>, start: number, stride: number, outputs: number, count: number, float32: boolean, out: Float64Array): void {
  multiRowSum(data, start, stride, 1, outputs, count, float32 ? Math.fround : identity, out);
}

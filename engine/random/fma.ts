// fmaf: float32 fused multiply-add, a*b + c rounded once to float32, for float32 inputs.
// PyTorch's AVX2 kernels were compiled with FMA contraction, so their results depend on it.

/**
 * The product of two float32 values is exact in double (24 + 24 bits), so only the addition
 * can round before the final float32 rounding. That double rounding is wrong only when the
 * double sum lands exactly halfway between two float32 values while the exact sum does not;
 * then the addition's error term says which neighbour is nearer.
 */
export function fmaf(a: number, b: number, c: number): number {
  const product = a * b;
  const sum = product + c;
  const rounded = Math.fround(sum);
  if (rounded === sum) return rounded;
  // Error of the double addition (Knuth's TwoSum): sum + error == product + c exactly.
  const virtualC = sum - product;
  const error = product - (sum - virtualC) + (c - virtualC);
  if (error === 0) return rounded;
  // sum is a float32 tie exactly when mirroring `rounded` across it lands on a float32 value.
  const mirrored = rounded + 2 * (sum - rounded);
  if (Math.fround(mirrored) !== mirrored) return rounded;
  return error > 0 === mirrored > rounded ? mirrored : rounded;
}

// Fused multiply-add, a*b + c rounded once, in float32 (fmaf) and float64 (fma). PyTorch's
// CPU kernels were compiled for AVX2 with FMA contraction, so their results depend on it.
// Both are built on a sum rounded to odd: rounding an exact value first to odd at 53 bits and
// then to nearest at 24 or 53 bits gives the correctly rounded result (Boldo & Melquiond).

const float64 = new Float64Array(1);
const words = new Uint32Array(float64.buffer);
const LOW_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** a + b rounded to odd: exact sums as they are, inexact ones to the neighbour with an odd last bit. */
function sumRoundedToOdd(a: number, b: number): number {
  const sum = a + b;
  // TwoSum: sum + error == a + b exactly.
  const virtualB = sum - a;
  const error = a - (sum - virtualB) + (b - virtualB);
  if (error === 0) return sum;
  float64[0] = sum;
  if (words[LOW_WORD] & 1) return sum;
  // sum is even, so its odd neighbour towards the exact value is one unit away in the bit pattern.
  if (error > 0 === sum > 0) {
    words[LOW_WORD] |= 1;
  } else if (words[LOW_WORD] === 0) {
    words[LOW_WORD] = 0xffffffff;
    words[1 - LOW_WORD]--;
  } else {
    words[LOW_WORD]--;
  }
  return float64[0];
}

/** float32 fma for float32 inputs: their product is exact in double, leaving one sum to round. */
export function fmaf(a: number, b: number, c: number): number {
  const product = a * b;
  const sum = product + c;
  const rounded = Math.fround(sum);
  if (rounded === sum) return rounded;
  // Rounding the double sum again can only go wrong when it lies exactly halfway between two
  // float32 values, and then mirroring `rounded` across it gives the other one.
  const mirrored = 2 * sum - rounded;
  return Math.fround(mirrored) !== mirrored ? rounded : Math.fround(sumRoundedToOdd(product, c));
}

const SPLITTER = 134217729; // 2^27 + 1, splits a double into two 26-bit halves (Dekker)

/** float64 fma (finite inputs and results, no underflow in the product's error term). */
export function fma(a: number, b: number, c: number): number {
  const product = a * b;
  let t = SPLITTER * a;
  const aHigh = t - (t - a);
  const aLow = a - aHigh;
  t = SPLITTER * b;
  const bHigh = t - (t - b);
  const bLow = b - bHigh;
  const productError = aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
  // c + product == high + low exactly (TwoSum).
  const high = c + product;
  const virtualProduct = high - c;
  const low = c - (high - virtualProduct) + (product - virtualProduct);
  return high + sumRoundedToOdd(low, productError);
}

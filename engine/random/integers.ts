// Integer samples: torch.randint / random_(from, to) and torch.randperm.
// int64 results come in two representations: Float64Array (exact while values and the range
// stay within 2^53, no BigInt in the loop) and BigInt64Array (the whole int64 range).
import type { Generator } from './generator';

const TWO_POW_32 = 2 ** 32;
const TWO_POW_53 = 2 ** 53;

/**
 * randint(low, high) into a Float64Array, in memory order: `low + random() % range` for ranges
 * below 2^32, `low + random64() % range` otherwise. low and high must be integers with
 * -2^53 <= low < high <= 2^53 and high - low <= 2^53; use randintBigInt64 beyond that.
 */
export function randintFloat64(gen: Generator, out: Float64Array, low: number, high: number): void {
  const range = high - low;
  if (!Number.isInteger(low) || !Number.isInteger(high) || Math.abs(low) > TWO_POW_53 || Math.abs(high) > TWO_POW_53 || range > TWO_POW_53) {
    throw new RangeError(`randintFloat64 needs integer bounds within 2^53, got [${low}, ${high})`);
  }
  checkBounds(low, high);
  if (range < TWO_POW_32) {
    for (let i = 0; i < out.length; i++) out[i] = low + (gen.random() % range);
  } else {
    for (let i = 0; i < out.length; i++) {
      const hi = gen.random();
      out[i] = low + uint64Mod(hi, gen.random(), range);
    }
  }
}

/** (hi * 2^32 + lo) mod range, exactly in doubles, for 2^32 <= range <= 2^53 (so hi < range). */
function uint64Mod(hi: number, lo: number, range: number): number {
  // hi * 2^32 mod range by 32 modular doublings; every intermediate is an integer below 2^54.
  let r = hi;
  for (let bit = 0; bit < 32; bit++) {
    r *= 2;
    if (r >= range) r -= range;
  }
  const room = range - lo;
  return r >= room ? r - room : r + lo;
}

/** randint(low, high) into a BigInt64Array, for any int64 bounds (same draws as randintFloat64). */
export function randintBigInt64(gen: Generator, out: BigInt64Array, low: bigint, high: bigint): void {
  checkBounds(low, high);
  const range = high - low;
  if (range < 1n << 32n) {
    const smallRange = Number(range);
    for (let i = 0; i < out.length; i++) out[i] = low + BigInt(gen.random() % smallRange);
  } else {
    // The sum wraps like PyTorch's uint64 arithmetic before the cast to int64.
    for (let i = 0; i < out.length; i++) out[i] = BigInt.asIntN(64, (gen.random64() % range) + low);
  }
}

function checkBounds<T extends number | bigint>(low: T, high: T): void {
  if (low >= high) throw new RangeError(`random_ expects 'from' to be less than 'to', but got from=${low} >= to=${high}`);
}

/**
 * torch.randperm(n): a Fisher–Yates shuffle drawing `random() % (n - i)` for i = 0..n-2.
 * PyTorch 1.13 uses this one algorithm for every n (checked up to n = 3e8).
 */
export function randperm(gen: Generator, n: number): Float64Array {
  const perm = new Float64Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let i = 0; i < n - 1; i++) {
    const j = i + (gen.random() % (n - i));
    const held = perm[i];
    perm[i] = perm[j];
    perm[j] = held;
  }
  return perm;
}

/**
 * random_() without bounds, in memory order: one draw (`wide`: a random64, else a uint32) modulo `modulus` per
 * element. PyTorch's moduli: bool 2, int32 2^31, int64 2^63 (wide), float32 2^24 + 1, float64 2^53 + 1 (wide):
 * every integer the dtype holds exactly from 0 up. Values are doubles, so int64 results above 2^53 come rounded.
 */
export function randomModulo(gen: Generator, out: Float32Array | Float64Array, wide: boolean, modulus: bigint): void {
  if (!wide) {
    const small = Number(modulus);
    for (let i = 0; i < out.length; i++) out[i] = gen.random() % small;
    return;
  }
  for (let i = 0; i < out.length; i++) out[i] = Number(gen.random64() % modulus);
}

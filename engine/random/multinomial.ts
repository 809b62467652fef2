// torch.multinomial with replacement (PyTorch 1.13's multinomial_with_replacement_apply): per row, the cumulative distribution accumulated and normalised in
// the probabilities' precision, then for each sample one 53-bit uniform located by binary search.
// (Without replacement PyTorch instead takes argmax/topk of p / Exp(1) noise: see the torch binding, which
// composes it from exponential() and the sorting ops.)
import type { Generator } from './generator';
import { nextUnitFloat64 } from './uniform';

/**
 * Samples `samples` category indices for each of `rows` distributions laid out row-major in `probs`
 * (`categories` weights per row, not necessarily normalised); returns them row-major.
 */
export function multinomialWithReplacement(
  gen: Generator,
  probs: Float32Array | Float64Array,
  rows: number,
  categories: number,
  samples: number,
): Float64Array {
  const result = new Float64Array(rows * samples);
  const cumulative = probs instanceof Float32Array ? new Float32Array(categories) : new Float64Array(categories);
  for (let row = 0; row < rows; row++) {
    let sum = 0;
    for (let j = 0; j < categories; j++) {
      const p = probs[row * categories + j]!;
      if (!(p >= 0)) throw new RangeError('invalid multinomial distribution (encountering probability entry < 0)');
      if (p === Infinity) throw new RangeError('invalid multinomial distribution (encountering probability entry = infinity or NaN)');
      cumulative[j] = sum + p;
      sum = cumulative[j]!; // rounded to the probabilities' precision, as the C++ accumulator is
    }
    if (!(sum > 0)) throw new RangeError('invalid multinomial distribution (sum of probabilities <= 0)');
    for (let j = 0; j < categories; j++) cumulative[j] = cumulative[j]! / sum;
    cumulative[categories - 1] = 1;
    for (let s = 0; s < samples; s++) {
      const u = nextUnitFloat64(gen);
      let left = 0;
      let right = categories;
      while (right > left) {
        const mid = left + ((right - left) >> 1);
        if (cumulative[mid]! < u) left = mid + 1;
        else right = mid;
      }
      result[row * samples + s] = left;
    }
  }
  return result;
}

// The floating-point side of torch's _Formatter. It looks only at the printed, finite, nonzero elements:
// all integral -> "int mode" ('3.'); a wide range of magnitudes, or very large or small ones -> scientific.

import type { ElementFormatter } from './elementFormatter';
import type { PrintOptions } from './options';
import { formatExponential, formatFixed } from './pythonFloatFormat';

type Notation = 'fixed' | 'integral' | 'scientific';

/** Extremes of the finite nonzero elements, ±Infinity for an absent sign: enough for the notation and the width. */
interface Extremes {
  allIntegral: boolean;
  largestPositive: number;
  smallestPositive: number;
  mostNegative: number;
  leastNegative: number;
}

export function createFloatFormatter(
  values: ArrayLike<number>,
  offsets: readonly number[],
  options: PrintOptions,
): ElementFormatter {
  const extremes = findExtremes(values, offsets);
  if (extremes === undefined) {
    // Only zeros and non-finite values: torch keeps int mode and ignores a forced sci_mode.
    return notationFormatter('integral', 1, options.precision);
  }
  const naturalNotation = chooseNotation(extremes);
  const widths = candidates(extremes).map((value) => render(value, naturalNotation, options.precision).length);
  const width = Math.max(1, ...widths);
  // A forced sci_mode switches the notation but, as in torch, keeps the width measured in the natural one.
  return notationFormatter(forcedNotation(options.sciMode, extremes) ?? naturalNotation, width, options.precision);
}

function notationFormatter(notation: Notation, width: number, precision: number): ElementFormatter {
  return { width, format: (value) => render(value as number, notation, precision).padStart(width) };
}

function render(value: number, notation: Notation, precision: number): string {
  switch (notation) {
    case 'scientific':
      return formatExponential(value, precision);
    case 'fixed':
      return formatFixed(value, precision);
    case 'integral':
      // The trailing point marks the tensor as floating point.
      return Number.isFinite(value) ? `${formatFixed(value, 0)}.` : formatFixed(value, 0);
  }
}

function chooseNotation(extremes: Extremes): Notation {
  const smallestMagnitude = Math.min(extremes.smallestPositive, -extremes.leastNegative);
  const largestMagnitude = Math.max(extremes.largestPositive, -extremes.mostNegative);
  const wideOrLarge = largestMagnitude / smallestMagnitude > 1000 || largestMagnitude > 1e8;
  if (extremes.allIntegral) return wideOrLarge ? 'scientific' : 'integral';
  return wideOrLarge || smallestMagnitude < 1e-4 ? 'scientific' : 'fixed';
}

function forcedNotation(sciMode: boolean | null, extremes: Extremes): Notation | undefined {
  if (sciMode === null) return undefined;
  if (sciMode) return 'scientific';
  return extremes.allIntegral ? 'integral' : 'fixed';
}

/**
 * Within one sign, text length never shrinks as the magnitude grows, except that scientific exponents
 * also lengthen towards zero; so the widest text belongs to one of the extreme values of each sign.
 */
function candidates(extremes: Extremes): number[] {
  const { largestPositive, smallestPositive, mostNegative, leastNegative } = extremes;
  return [largestPositive, smallestPositive, mostNegative, leastNegative].filter(Number.isFinite);
}

function findExtremes(values: ArrayLike<number>, offsets: readonly number[]): Extremes | undefined {
  let found = false;
  let allIntegral = true;
  let largestPositive = -Infinity;
  let smallestPositive = Infinity;
  let mostNegative = Infinity;
  let leastNegative = -Infinity;
  for (const offset of offsets) {
    const value = values[offset]!;
    if (value === 0 || !Number.isFinite(value)) continue;
    found = true;
    if (allIntegral && !Number.isInteger(value)) allIntegral = false;
    if (value > 0) {
      largestPositive = Math.max(largestPositive, value);
      smallestPositive = Math.min(smallestPositive, value);
    } else {
      mostNegative = Math.min(mostNegative, value);
      leastNegative = Math.max(leastNegative, value);
    }
  }
  if (!found) return undefined;
  return { allIntegral, largestPositive, smallestPositive, mostNegative, leastNegative };
}

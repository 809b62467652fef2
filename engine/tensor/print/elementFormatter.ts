// torch's _Formatter: one instance per tensor fixes a common width (and, for floats, a notation) from the
// printed elements, then right-aligns every element to that width.

import { dtypeKind, type PrintDType } from './dtype';
import { createFloatFormatter } from './floatFormatter';
import type { PrintOptions } from './options';

export type ElementValue = number | bigint | boolean;
export type ElementValues = ArrayLike<number> | ArrayLike<bigint> | ArrayLike<boolean>;

export interface ElementFormatter {
  /** The width elements are padded to; it also sets how many fit on a line. */
  readonly width: number;
  format(value: ElementValue): string;
}

export function createElementFormatter(
  values: ElementValues,
  offsets: readonly number[],
  dtype: PrintDType,
  options: PrintOptions,
): ElementFormatter {
  switch (dtypeKind(dtype)) {
    case 'float':
      return createFloatFormatter(values as ArrayLike<number>, offsets, options);
    case 'int':
      return createPlainFormatter(values, offsets, integerText);
    case 'bool':
      return createPlainFormatter(values, offsets, (value) => (value ? 'True' : 'False'));
  }
}

/** An integer's digits; int64 extremes held in doubles (such as -2**63) print exactly, not as 1e18-style text. */
const integerText = (value: ElementValue): string => (typeof value === 'number' && !Number.isSafeInteger(value) ? BigInt(value).toString() : String(value));

/** Integers and booleans print as Python's str() of the value, padded to the widest printed one. */
function createPlainFormatter(
  values: ElementValues,
  offsets: readonly number[],
  text: (value: ElementValue) => string,
): ElementFormatter {
  let width = 1;
  for (const offset of offsets) width = Math.max(width, text(values[offset]!).length);
  return { width, format: (value) => text(value).padStart(width) };
}

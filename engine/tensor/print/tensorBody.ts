// The part of repr(tensor) between 'tensor(' and the suffixes, for a tensor with at least one element.

import type { PrintDType } from './dtype';
import { createElementFormatter, type ElementValues } from './elementFormatter';
import { layoutTensor } from './layout';
import type { PrintOptions } from './options';
import { planDimensions, printedOffsets } from './summarize';

/** `indent` is the column the body starts at; wrapped lines are aligned one past it. */
export function formatTensorBody(
  values: ElementValues,
  shape: readonly number[],
  dtype: PrintDType,
  options: PrintOptions,
  indent: number,
): string {
  const plans = planDimensions(shape, options);
  const offsets = printedOffsets(shape, plans);
  const formatter = createElementFormatter(values, offsets, dtype, options);
  const elements = offsets.map((offset) => formatter.format(values[offset]!));
  if (shape.length === 0) return elements[0]!;
  return layoutTensor({ plans, elements, elementWidth: formatter.width, linewidth: options.linewidth }, indent);
}

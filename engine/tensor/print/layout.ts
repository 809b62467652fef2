// Nests the formatted elements into brackets the way torch does: innermost rows wrap to the line width,
// outer dimensions put each slice on its own line, separated by one blank line per extra dimension.

import type { DimensionPlan } from './summarize';

export interface LayoutInput {
  readonly plans: readonly DimensionPlan[];
  /** The formatted elements in printing order. */
  readonly elements: readonly string[];
  /** The formatter's width, which decides how many elements share a line. */
  readonly elementWidth: number;
  readonly linewidth: number;
}

/** The bracketed body of a tensor with at least one dimension whose '[' sits at column `indent`. */
export function layoutTensor(input: LayoutInput, indent: number): string {
  let next = 0;
  const takeElement = (): string => input.elements[next++]!;

  const layoutDimension = (dim: number, column: number): string => {
    const plan = input.plans[dim]!;
    const innermost = dim === input.plans.length - 1;
    const items = plan.indices.map(() => (innermost ? takeElement() : layoutDimension(dim + 1, column + 1)));
    if (plan.ellipsisAfter >= 0) items.splice(plan.ellipsisAfter, 0, innermost ? ' ...' : '...');
    if (innermost) return `[${wrapRow(items, input.elementWidth, input.linewidth, column)}]`;
    const lineBreaks = '\n'.repeat(input.plans.length - dim - 1);
    return `[${items.join(`,${lineBreaks}${' '.repeat(column + 1)}`)}]`;
  };

  return layoutDimension(0, indent);
}

/** Packs as many ', '-separated items per line as fit, counting each as its width plus the separator. */
function wrapRow(items: string[], elementWidth: number, linewidth: number, column: number): string {
  const perLine = Math.max(1, Math.floor((linewidth - column) / (elementWidth + 2)));
  const lines: string[] = [];
  for (let start = 0; start < items.length; start += perLine) lines.push(items.slice(start, start + perLine).join(', '));
  return lines.join(`,\n${' '.repeat(column + 1)}`);
}

// Which elements get printed. Above the threshold torch keeps `edgeitems` entries at each end of every
// dimension longer than 2 * edgeitems; its element formatter also only ever sees those entries.

import type { PrintOptions } from './options';
import { elementCount } from './shape';

export interface DimensionPlan {
  /** Indices printed along this dimension, in order. */
  readonly indices: readonly number[];
  /** How many indices come before the '...' marker, or -1 when nothing is elided. */
  readonly ellipsisAfter: number;
}

export function planDimensions(shape: readonly number[], options: PrintOptions): DimensionPlan[] {
  const summarize = elementCount(shape) > options.threshold;
  return shape.map((size, dim) => {
    const edge = options.edgeitems;
    if (!summarize || size <= 2 * edge) return { indices: range(0, size), ellipsisAfter: -1 };
    // torch slices the innermost rows with [-edgeitems:], which keeps the whole row for edgeitems = 0.
    const tailStart = edge === 0 && dim === shape.length - 1 ? 0 : size - edge;
    return { indices: [...range(0, edge), ...range(tailStart, size)], ellipsisAfter: edge };
  });
}

/** Flat row-major offsets of the printed elements, in printing order. */
export function printedOffsets(shape: readonly number[], plans: readonly DimensionPlan[]): number[] {
  const strides = rowMajorStrides(shape);
  let offsets = [0];
  plans.forEach((plan, dim) => {
    const stride = strides[dim]!;
    offsets = offsets.flatMap((base) => plan.indices.map((index) => base + index * stride));
  });
  return offsets;
}

function rowMajorStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let dim = shape.length - 1; dim >= 0; dim--) {
    strides[dim] = stride;
    stride *= shape[dim]!;
  }
  return strides;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
}

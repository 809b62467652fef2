// Shapes, strides and broadcasting, with PyTorch's error messages.
import { indexError, runtimeError } from './errors';

export type Shape = readonly number[];

export function numel(shape: Shape): number {
  let n = 1;
  for (const size of shape) n *= size;
  return n;
}

export function contiguousStrides(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = stride;
    stride *= Math.max(shape[i]!, 1);
  }
  return strides;
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((size, i) => size === b[i]);
}

/** The broadcast of two shapes, aligned from the right (checked from the last dim, as PyTorch reports the first clash from the right). */
export function broadcastShapes(a: Shape, b: Shape): number[] {
  const rank = Math.max(a.length, b.length);
  const out = new Array<number>(rank);
  for (let i = rank - 1; i >= 0; i--) {
    const sa = a[a.length - rank + i] ?? 1;
    const sb = b[b.length - rank + i] ?? 1;
    if (sa !== sb && sa !== 1 && sb !== 1) {
      throw runtimeError(`The size of tensor a (${sa}) must match the size of tensor b (${sb}) at non-singleton dimension ${i}`);
    }
    out[i] = sa === 1 ? sb : sa;
  }
  return out;
}

/** Wraps a negative dim and checks its range, as every dim argument in PyTorch is checked. */
export function normalizeDim(dim: number, rank: number): number {
  const low = rank === 0 ? -1 : -rank;
  const high = rank === 0 ? 0 : rank - 1;
  if (dim < low || dim > high) {
    throw indexError(`Dimension out of range (expected to be in range of [${low}, ${high}], but got ${dim})`);
  }
  return dim < 0 ? dim + Math.max(rank, 1) : dim;
}

/** Resolves one -1 in a requested shape against a number of elements (view/reshape). */
export function inferShape(requested: Shape, total: number): number[] {
  const shape = [...requested];
  const unknown = shape.indexOf(-1);
  if (shape.indexOf(-1, unknown + 1) !== -1 && unknown !== -1) throw runtimeError('only one dimension can be inferred');
  for (const size of shape) if (size < -1) throw runtimeError(`invalid shape dimension ${size}`);
  const known = shape.reduce((product, size) => (size === -1 ? product : product * size), 1);
  if (unknown !== -1) {
    if (known === 0 || total % known !== 0) throw runtimeError(`shape '[${shape.join(', ')}]' is invalid for input of size ${total}`);
    shape[unknown] = total / known;
  } else if (known !== total) {
    throw runtimeError(`shape '[${shape.join(', ')}]' is invalid for input of size ${total}`);
  }
  return shape;
}

// Shape arithmetic and Python renderings of a shape.

export function elementCount(shape: readonly number[]): number {
  return shape.reduce((count, size) => count * size, 1);
}

/** str(torch.Size(shape)), e.g. 'torch.Size([2, 3])'. */
export function formatSize(shape: readonly number[]): string {
  return `torch.Size([${shape.join(', ')}])`;
}

/** str(tuple(shape)), e.g. '(0, 3)' or '(0,)'. */
export function formatShapeTuple(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

// F.pad's modes, with PyTorch's checks. Circular padding (also Conv padding_mode='circular') is built as PyTorch
// 1.13's _pad_circular builds it: an empty output, the input copied into its middle, then for each padded dim (last first) the left
// pad copied from the output's right end and the right pad from its left end. Every step is a copy_ into a slice,
// so the gradient flows through the same CopySlices and SliceBackward0 nodes as in PyTorch.
import { runtimeError, TorchError } from '../errors';
import type { Tensor } from '../tensor';
import { zeros } from './creation';
import { constantPad, indexPad } from './embedding';
import { copyInPlace } from './inplace';
import { slice } from './views';

/** F.pad(input, pads, mode, value): `pads` holds (left, right) pairs from the last dim backwards. */
export function pad(input: Tensor, pads: number[], mode: string, value: number): Tensor {
  if (pads.length % 2 !== 0) throw runtimeError('Padding length must be divisible by 2');
  if (pads.length / 2 > input.ndim) throw runtimeError('Padding length too large');
  if (mode === 'constant') return constantPad(input, pads, value);
  if (mode !== 'reflect' && mode !== 'replicate' && mode !== 'circular') throw new TorchError('NotImplementedError', `Unrecognised padding mode ${mode}`);
  const dims = pads.length / 2;
  if (dims < 1 || dims > 3 || (input.ndim !== dims + 1 && input.ndim !== dims + 2)) {
    throw new TorchError('NotImplementedError', 'Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now');
  }
  return mode === 'circular' ? circularPad(input, pads) : indexPad(input, pads, mode);
}

/** `pads` holds (left, right) pairs from the last dim backwards; the input has batch and channel dims first. */
export function circularPad(input: Tensor, pads: number[]): Tensor {
  const dims = input.ndim - 2;
  if (pads.length + 4 !== input.ndim * 2) throw runtimeError(`Invalid padding size, expected ${dims * 2} but got ${pads.length}`);
  const shape = [...input.shape];
  for (let i = 0; i < dims; i++) {
    const left = pads[2 * (dims - i - 1)]!;
    const right = pads[2 * (dims - i - 1) + 1]!;
    const size = input.shape[2 + i]!;
    shape[2 + i] = size + left + right;
    if (left > size || right > size) throw runtimeError('Padding value causes wrapping around more than once.');
    if (shape[2 + i]! < 0) throw runtimeError('Negative padding value is resulting in an empty dimension');
  }
  const out = zeros(shape, input.dtype);
  let outSlice = out;
  let inSlice = input;
  for (let i = 0; i < dims; i++) {
    const dim = dims - i + 1;
    const left = pads[2 * i]!;
    const right = pads[2 * i + 1]!;
    outSlice = slice(outSlice, dim, Math.max(left, 0), shape[dim]! - Math.max(right, 0));
    inSlice = slice(inSlice, dim, Math.max(-left, 0), input.shape[dim]! - Math.max(-right, 0));
  }
  copyInPlace(outSlice, inSlice);
  // Corners are written more than once when several dims are padded, as in PyTorch.
  for (let i = 0; i < dims; i++) {
    const dim = dims - i + 1;
    const left = pads[2 * i]!;
    const right = pads[2 * i + 1]!;
    const end = shape[dim]!;
    if (left > 0) copyInPlace(slice(out, dim, 0, left), slice(out, dim, end - left - Math.max(right, 0), end - Math.max(right, 0)));
    if (right > 0) copyInPlace(slice(out, dim, end - right, end), slice(out, dim, Math.max(left, 0), Math.max(left, 0) + right));
  }
  return out;
}

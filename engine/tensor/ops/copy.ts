// Copies and conversions: clone, contiguous, detach, to(dtype), and writing one tensor into another.
import { isFloating, type DType } from '../dtype';
import { runtimeError } from '../errors';
import { Tensor } from '../tensor';
import { contiguousBlock, materialize, writeInto } from './elementwise';
import { record } from './record';

export function clone(tensor: Tensor): Tensor {
  const data = materialize(tensor, tensor.shape, tensor.dtype);
  const out = Tensor.fromStorage(data === tensor.storage ? data.slice() : data, tensor.shape, tensor.dtype);
  record('CloneBackward0', [tensor], out, ([grad]) => [grad]);
  return out;
}

export function contiguous(tensor: Tensor): Tensor {
  return tensor.isContiguous() ? tensor : clone(tensor);
}

/** A tensor sharing storage but cut from the graph (requires_grad False, no grad_fn). */
export function detach(tensor: Tensor): Tensor {
  return new Tensor(tensor.storage, [...tensor.shape], [...tensor.strides], tensor.offset, tensor.dtype, tensor.version);
}

/** to(dtype): the same tensor when nothing changes, otherwise a converted copy (differentiable into floats only). */
export function toDtype(tensor: Tensor, dtype: DType): Tensor {
  if (dtype === tensor.dtype) return tensor;
  const data = materialize(tensor, tensor.shape, dtype);
  const out = Tensor.fromStorage(data, tensor.shape, dtype);
  const sourceDtype = tensor.dtype;
  if (isFloating(dtype)) record('ToCopyBackward0', [tensor], out, ([grad]) => [toDtype(grad!, sourceDtype)]);
  return out;
}

/** copy_(): writes `source` (broadcast, converted) into `target`'s elements. Not recorded. */
export function copyInto(target: Tensor, source: Tensor): void {
  const broadcastOk = source.ndim <= target.ndim && source.shape.every((size, d) => size === 1 || size === target.shape[target.ndim - source.ndim + d]);
  if (!broadcastOk) {
    throw runtimeError(`The size of tensor a (${target.shape.at(-1)}) must match the size of tensor b (${source.shape.at(-1)}) at non-singleton dimension ${target.ndim - 1}`);
  }
  const block = source.numel === 1 ? contiguousBlock(target) : null;
  if (block) {
    // One value (zero_grad's copy_ of a zero): filled in place, no broadcast copy.
    block.fill(materialize(source, source.shape, target.dtype)[0]!);
    target.version.value++;
    return;
  }
  writeInto(target, materialize(source, target.shape, target.dtype));
}

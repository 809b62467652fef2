// clamp and its one-sided forms; the gradient passes where the input was inside the bounds.
import type { Tensor } from '../tensor';
import { where } from './comparison';
import { zeros } from './creation';
import { unary, type UnaryKernel } from './elementwise';
import { record } from './record';

function clampKernel(min: number, max: number): UnaryKernel {
  return (a, out, n) => {
    for (let i = 0; i < n; i++) {
      const x = a[i]!;
      out[i] = x !== x ? x : x < min ? min : x > max ? max : x;
    }
  };
}

/** Whether each element lies within the bounds (false for NaN). */
function insideMask(min: number, max: number): UnaryKernel {
  return (input, out, n) => {
    for (let i = 0; i < n; i++) out[i] = input[i]! >= min && input[i]! <= max ? 1 : 0;
  };
}

/** clamp_backward: where(min <= x <= max, grad, 0), which stays differentiable in grad. */
function clampWith(name: string, tensor: Tensor, min: number, max: number): Tensor {
  const out = unary(tensor, clampKernel(min, max), tensor.dtype);
  record(
    name,
    [tensor],
    out,
    ([grad], [input]) => [where(unary(input!, insideMask(min, max), input!.dtype, 'bool'), grad!, zeros([], grad!.dtype))],
    [tensor],
  );
  return out;
}

/** clamp(min=, max=): either bound may be absent (±Infinity). */
export const clamp = (tensor: Tensor, min = -Infinity, max = Infinity): Tensor => clampWith('ClampBackward1', tensor, min, max);
export const clampMin = (tensor: Tensor, min: number): Tensor => clampWith('ClampMinBackward0', tensor, min, Infinity);
export const clampMax = (tensor: Tensor, max: number): Tensor => clampWith('ClampMaxBackward0', tensor, -Infinity, max);

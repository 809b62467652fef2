// clamp and its one-sided forms; the gradient passes where the input was inside the bounds.
import type { Tensor } from '../tensor';
import { binary, unary, type BinaryKernel, type UnaryKernel } from './elementwise';
import { record } from './record';

function clampKernel(min: number, max: number): UnaryKernel {
  return (a, out, n) => {
    for (let i = 0; i < n; i++) {
      const x = a[i]!;
      out[i] = x !== x ? x : x < min ? min : x > max ? max : x;
    }
  };
}

function insideMask(min: number, max: number): BinaryKernel {
  return (grad, input, out, n) => {
    for (let i = 0; i < n; i++) out[i] = input[i]! >= min && input[i]! <= max ? grad[i]! : 0;
  };
}

export function clamp(tensor: Tensor, min = -Infinity, max = Infinity): Tensor {
  const out = unary(tensor, clampKernel(min, max), tensor.dtype);
  const name = max === Infinity ? 'ClampMinBackward0' : min === -Infinity ? 'ClampMaxBackward0' : 'ClampBackward1';
  record(name, [tensor], out, ([grad], [input]) => [binary(grad!, input!, insideMask(min, max), grad!.dtype)], [tensor]);
  return out;
}

export const clampMin = (tensor: Tensor, min: number): Tensor => clamp(tensor, min, Infinity);

// The elementwise steps optimizers are made of, each rounded as PyTorch 1.13's CPU kernel for that op rounds
// (measured against it for float32 on both the vector loop and its scalar tail):
//   mul_(s), div(s), add_(s)      one operation with s converted to the tensor's dtype
//   add_(b, alpha=a)              a fused multiply-add: fma(b, a, self)
//   addcmul_(t1, t2, value=v)     fma(round(v * t1), t2, self)
//   addcdiv_(t1, t2, value=v)     self + round(round(v * t1) / t2)
// Arrays are the tensor's contiguous elements; storing into a Float32Array rounds the final result.
import { fma, fmaf } from '../../numeric/fma';
import * as engine from '../../tensor/index';
import type { Tensor } from '../../tensor/index';
import { allocate } from '../../tensor/dtype';
import { notImplemented } from '../../python/objects/exceptions';

export type Floats = Float32Array | Float64Array;

const identity = (x: number): number => x;
const roundingOf = (out: Floats): ((x: number) => number) => (out instanceof Float32Array ? Math.fround : identity);
const fusedOf = (out: Floats): ((a: number, b: number, c: number) => number) => (out instanceof Float32Array ? fmaf : fma);

export function mulScalar(out: Floats, x: Floats, s: number): void {
  const scalar = roundingOf(out)(s);
  for (let i = 0; i < out.length; i++) out[i] = x[i]! * scalar;
}

export function divScalar(out: Floats, x: Floats, s: number): void {
  const scalar = roundingOf(out)(s);
  for (let i = 0; i < out.length; i++) out[i] = x[i]! / scalar;
}

export function addScalar(out: Floats, x: Floats, s: number): void {
  const scalar = roundingOf(out)(s);
  for (let i = 0; i < out.length; i++) out[i] = x[i]! + scalar;
}

/** a + alpha * b (add(b, alpha=)): fused, which for alpha 1 is the plain sum. */
export function addScaled(out: Floats, a: Floats, b: Floats, alpha: number): void {
  const scale = roundingOf(out)(alpha);
  const fused = fusedOf(out);
  for (let i = 0; i < out.length; i++) out[i] = fused(b[i]!, scale, a[i]!);
}

export function addcmul(out: Floats, self: Floats, t1: Floats, t2: Floats, value: number): void {
  const round = roundingOf(out);
  const fused = fusedOf(out);
  const scalar = round(value);
  for (let i = 0; i < out.length; i++) out[i] = fused(round(scalar * t1[i]!), t2[i]!, self[i]!);
}

export function addcdiv(out: Floats, self: Floats, t1: Floats, t2: Floats, value: number): void {
  const round = roundingOf(out);
  const scalar = round(value);
  for (let i = 0; i < out.length; i++) out[i] = self[i]! + round(round(scalar * t1[i]!) / t2[i]!);
}

export function multiply(out: Floats, a: Floats, b: Floats): void {
  for (let i = 0; i < out.length; i++) out[i] = a[i]! * b[i]!;
}

export function divide(out: Floats, a: Floats, b: Floats): void {
  for (let i = 0; i < out.length; i++) out[i] = a[i]! / b[i]!;
}

export function sqrt(out: Floats, x: Floats): void {
  for (let i = 0; i < out.length; i++) out[i] = Math.sqrt(x[i]!);
}

export function maximum(out: Floats, a: Floats, b: Floats): void {
  for (let i = 0; i < out.length; i++) out[i] = Math.max(a[i]!, b[i]!);
}

export function negate(x: Floats): Floats {
  const out = like(x);
  for (let i = 0; i < out.length; i++) out[i] = -x[i]!;
  return out;
}

/** A new array of x's dtype and length (a temporary such as Adam's denominator). */
export const like = (x: Floats): Floats => allocate(x instanceof Float32Array ? 'float32' : 'float64', x.length) as Floats;

/** Optimizers update floating point tensors only (float32 and float64 in agnb). */
function checkFloating(tensor: Tensor): void {
  if (tensor.dtype !== 'float32' && tensor.dtype !== 'float64') throw notImplemented(`agnb optimizers update float32 and float64 tensors, not ${tensor.dtype}`);
}

/** A tensor's elements to read (a copy when it is not laid out contiguously). */
export function readFloats(tensor: Tensor): Floats {
  checkFloating(tensor);
  return tensor.contiguousData() as Floats;
}

/**
 * Runs `update` on the elements of `tensor` in place, as PyTorch's in-place ops do: the write bumps the
 * version counter, so autograd notices a parameter that changed after it was saved.
 */
export function updateInPlace(tensor: Tensor, update: (data: Floats) => void): void {
  checkFloating(tensor);
  const direct = tensor.isContiguous() && tensor.offset === 0 && tensor.storage.length === tensor.numel;
  const data = (direct ? tensor.storage : allocate(tensor.dtype, tensor.numel)) as Floats;
  if (!direct) data.set(tensor.contiguousData() as Floats);
  update(data);
  if (direct) tensor.version.value++;
  else engine.copyInto(tensor, engine.Tensor.fromStorage(data, tensor.shape, tensor.dtype));
}

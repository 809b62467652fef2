// deg2rad and rad2deg: a multiplication by pi/180 (180/pi) with the constant rounded to the result's dtype,
// integers and bools computing in the default float dtype; each has its own node, as in PyTorch.
import { defaultFloatDtype, isFloating } from '../dtype';
import type { Tensor } from '../tensor';
import { mulScalar } from './arithmetic';
import { unary, type UnaryKernel } from './elementwise';
import { record } from './record';

const PI_OVER_180 = 0.017453292519943295;
const DEGREES_PER_RADIAN = 57.29577951308232;

const scaledBy =
  (factor: number): UnaryKernel =>
  (a, out, n) => {
    // The output array rounds the product to float32 when that is the dtype (after rounding the factor too).
    const f = out instanceof Float32Array ? Math.fround(factor) : factor;
    for (let i = 0; i < n; i++) out[i] = a[i]! * f;
  };

function convertAngle(tensor: Tensor, factor: number, node: string): Tensor {
  const out = unary(tensor, scaledBy(factor), isFloating(tensor.dtype) ? tensor.dtype : defaultFloatDtype());
  record(node, [tensor], out, ([grad]) => [mulScalar(grad!, factor)]);
  return out;
}

export const deg2rad = (tensor: Tensor): Tensor => convertAngle(tensor, PI_OVER_180, 'Deg2RadBackward0');
export const rad2deg = (tensor: Tensor): Tensor => convertAngle(tensor, DEGREES_PER_RADIAN, 'Rad2DegBackward0');

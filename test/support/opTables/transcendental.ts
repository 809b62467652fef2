// The transcendental op family (tools/opcases/transcendental.py): asin, acos, atan, atan2, sinh, cosh, asinh,
// acosh, atanh, erf, erfc, exp2 and fix, out of place and in place.
import * as torch from '../../../engine/tensor/index';
import type { Tensor } from '../../../engine/tensor/tensor';
import type { OpCase } from '../opCases';
import type { Allowance } from '../opCases';

const int = (value: number) => torch.wrapNumber(value, 'int64');
const float = (value: number) => torch.wrapNumber(value, 'float32');
const double = (value: number) => torch.wrapNumber(value, 'float64');
const scaled = (a: Tensor, factor: number) => torch.mul(a, float(factor));
const asDouble = (a: Tensor) => torch.toDtype(a, 'float64');
const inPlace = (self: Tensor, op: (input: Tensor) => Tensor, savesSelf = true) => torch.applyInPlace(self, op, savesSelf);

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, OpCase> = {
  asin: (a) => torch.asin(scaled(a!, 0.3)),
  asin_method_2d: (a) => torch.asin(torch.clamp(scaled(a!, 0.3), -0.99, 0.99)),
  acos: (a) => torch.acos(scaled(a!, 0.3)),
  arccos_edges: (a) => torch.acos(torch.clamp(a!, -1, 1)),
  atan: (a) => torch.atan(scaled(a!, 3)),
  arctan_int: (a) => torch.atan(a!),
  atan2: (a, b) => torch.atan2(a!, b!),
  atan2_broadcast: (a, b) => torch.atan2(a!, b!),
  atan2_column: (a, b) => torch.atan2(a!, b!),
  arctan2_int_float: (a, b) => torch.atan2(a!, b!),
  atan2_float64: (a, b) => torch.atan2(asDouble(a!), asDouble(b!)),
  sinh: (a) => torch.sinh(scaled(a!, 3)),
  sinh_short: (a) => torch.sinh(scaled(a!, 3)),
  cosh: (a) => torch.cosh(scaled(a!, 3)),
  cosh_int: (a) => torch.cosh(a!),
  asinh: (a) => torch.asinh(scaled(a!, 5)),
  acosh: (a) => torch.acosh(scaled(a!, 3)),
  arccosh_below_one: (a) => torch.acosh(a!),
  atanh: (a) => torch.atanh(scaled(a!, 0.4)),
  arctanh_method: (a) => torch.atanh(scaled(a!, 0.4)),
  erf: (a) => torch.erf(scaled(a!, 2)),
  erf_method: (a) => torch.erf(scaled(a!, 2)),
  erfc: (a) => torch.erfc(scaled(a!, 2)),
  erfc_int: (a) => torch.erfc(a!),
  exp2: (a) => torch.exp2(scaled(a!, 5)),
  exp2_int: (a) => torch.exp2(a!),
  asin_float64: (a) => torch.asin(torch.mul(asDouble(a!), double(0.3))),
  atan_float64: (a) => torch.atan(asDouble(a!)),
  sinh_float64: (a) => torch.sinh(asDouble(a!)),
  erf_float64: (a) => torch.erf(asDouble(a!)),
  exp2_float64: (a) => torch.exp2(torch.mul(asDouble(a!), int(5))),
  asin_inplace: (a) => inPlace(scaled(a!, 0.3), torch.asin),
  sinh_inplace: (a) => inPlace(scaled(a!, 2), torch.sinh),
  exp2_inplace: (a) => torch.applyInPlaceSavingResult(scaled(a!, 2), torch.exp2),
  atan2_inplace: (a, b) => inPlace(torch.mul(a!, int(1)), (x) => torch.atan2(x, b!)),
  erf_inplace: (a) => inPlace(torch.mul(a!, int(1)), torch.erf),
  fix: (a) => torch.trunc(scaled(a!, 3)),
};

/**
 * float64 runs through JavaScript's Math functions (fdlibm) where PyTorch calls SLEEF's double-precision
 * functions and glibc's: the largest differences measured on these cases, in ulps.
 */
export const ULP_ALLOWANCE: Record<string, Allowance> = { atan2_float64: 1, asin_float64: 1, atan_float64: 1, sinh_float64: 1, exp2_float64: 1, erf_float64: 2 };

// The pointwise op family (tools/opcases/pointwise.py): lerp, addcmul, addcdiv, hypot, logaddexp, xlogy, fmax,
// fmin, copysign, nan_to_num and logit, out of place and in place.
import * as torch from '../../../engine/tensor/index';
import type { Tensor } from '../../../engine/tensor/tensor';
import type { Allowance, OpCase } from '../opCases';

const int = (value: number) => torch.wrapNumber(value, 'int64');
const float = (value: number) => torch.wrapNumber(value, 'float32');
const asDouble = (a: Tensor) => torch.toDtype(a, 'float64');
const values = (numbers: number[]) => torch.fromNested(numbers, 'float32');
const inPlace = (self: Tensor, op: (input: Tensor) => Tensor) => torch.applyInPlace(self, op, true);
const copy = (a: Tensor) => torch.mul(a, int(1));
/** Where `a > 0.5`, NaN. */
const nanAbove = (a: Tensor) => torch.where(torch.gt(a, float(0.5)), torch.full([], NaN, 'float32'), a);
const logOver = (a: Tensor) => torch.div(torch.log(a), a);

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, OpCase> = {
  lerp_scalar_small: (a, b) => torch.lerp(a!, b!, 0.3),
  lerp_scalar_large: (a, b) => torch.lerp(a!, b!, 0.7),
  lerp_tensor: (a, b, w) => torch.lerp(a!, b!, torch.sub(torch.mul(w!, float(1.4)), float(0.2))),
  lerp_float64: (a, b, w) => torch.lerp(asDouble(a!), asDouble(b!), asDouble(w!)),
  addcmul: (a, b, c) => torch.addcmul(a!, b!, c!, 0.3),
  addcmul_broadcast: (a, b, c) => torch.addcmul(a!, b!, c!),
  addcmul_float64: (a, b, c) => torch.addcmul(asDouble(a!), asDouble(b!), asDouble(c!), -1.7),
  addcmul_int: (a, b, c) => torch.addcmul(a!, b!, c!, 2),
  addcdiv: (a, b, c) => torch.addcdiv(a!, b!, c!, 0.3),
  addcdiv_default: (a, b, c) => torch.addcdiv(a!, b!, c!),
  hypot: (a, b) => torch.hypot(a!, b!),
  hypot_float64: (a, b) => torch.hypot(asDouble(a!), asDouble(b!)),
  logaddexp: (a, b) => torch.logaddexp(torch.mul(a!, int(3)), torch.mul(b!, int(3))),
  logaddexp_short: (a, b) => torch.logaddexp(a!, b!),
  logaddexp_infinities: (a) =>
    torch.logaddexp(torch.mul(values([Infinity, -Infinity, Infinity, -Infinity, 1]), torch.add(torch.mul(a!, int(0)), int(1))), values([Infinity, -Infinity, -Infinity, 2, -Infinity])),
  logaddexp_float64: (a, b) => torch.logaddexp(asDouble(a!), asDouble(b!)),
  xlogy: (a, b) => torch.xlogy(a!, b!),
  xlogy_scalar_other: (a) => torch.xlogy(a!, float(2.5)),
  xlogy_scalar_self: (b) => torch.xlogy(float(3), b!),
  xlogy_int: (a, b) => torch.xlogy(a!, b!),
  xlogy_nan: (a) => torch.xlogy(torch.mul(values([0, 0, 1, 2]), a!), values([NaN, 0, NaN, 0])),
  fmax: (a, b) => torch.fmax(a!, b!),
  fmin_nan: (a, b) => torch.fmin(nanAbove(a!), nanAbove(b!)),
  fmax_int_float: (a, b) => torch.fmax(a!, b!),
  copysign: (a, b) => torch.copysign(a!, b!),
  copysign_scalar: (a) => torch.copysign(a!, float(-1)),
  copysign_int: (a) => torch.copysign(a!, int(-2)),
  nan_to_num: (a) => torch.nanToNum(logOver(a!)),
  nan_to_num_values: (a) => torch.nanToNum(logOver(a!), 1.5, 2, -3),
  logit: (w) => torch.logit(w!),
  logit_tracked: (a) => torch.logit(torch.sigmoid(a!)),
  logit_eps: (a) => torch.logit(torch.add(torch.mul(a!, float(0.6)), float(0.5)), 0.05),
  logit_out_of_range: (a) => torch.logit(a!),
  logit_float64: (a) => torch.logit(torch.sigmoid(asDouble(a!))),
  float_power: (a) => torch.powScalar(asDouble(a!), torch.wrapNumber(2.5, 'float64'), 2.5),
  float_power_tensor: (a, b) => torch.pow(asDouble(a!), asDouble(b!)),
  float_power_int: (a) => torch.powScalar(asDouble(a!), int(2), 2),
  lerp_inplace: (a, b) => inPlace(copy(a!), (x) => torch.lerp(x, b!, 0.25)),
  addcmul_inplace: (a, b, c) => inPlace(copy(a!), (x) => torch.addcmul(x, b!, c!, 0.5)),
  addcdiv_inplace: (a, b, c) => inPlace(copy(a!), (x) => torch.addcdiv(x, b!, c!, 2)),
  hypot_inplace: (a, b) => inPlace(copy(a!), (x) => torch.hypot(x, b!)),
  xlogy_inplace: (a, b) => inPlace(copy(a!), (x) => torch.xlogy(x, b!)),
  copysign_inplace: (a, b) => inPlace(copy(a!), (x) => torch.copysign(x, b!)),
  logit_inplace: (a) => inPlace(torch.add(torch.mul(a!, float(0.3)), float(0.5)), (x) => torch.logit(x)),
};

/** float64 hypot and logit use JavaScript's Math functions, float_power the engine's float64 pow (not SLEEF's powd nor glibc's pow): the differences measured. */
export const ULP_ALLOWANCE: Record<string, Allowance> = { hypot_float64: 1, logit_float64: 1, float_power: 1, float_power_tensor: 1, float_power_int: 1 };

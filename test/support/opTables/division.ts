// The division family (tools/opcases/division.py): int32 arithmetic and promotion, floor division, div's
// rounding modes, remainder, fmod and powers with a tensor exponent or a number base.
import * as torch from '../../../engine/tensor/index';
import type { Tensor } from '../../../engine/tensor/index';

const float = (value: number) => torch.wrapNumber(value, 'float32');
const int = (value: number) => torch.wrapNumber(value, 'int64');
const detached = (a: Tensor) => torch.detach(a);
/** `number ** tensor`: the number as a 0-dim tensor of the result dtype (Tensor.__rpow__). */
const rpow = (base: number, baseDtype: 'int64' | 'float32', exponent: Tensor) =>
  torch.pow(torch.fromNested(base, torch.resultType([{ dtype: baseDtype, kind: 'scalar' }, torch.operandOf(exponent)])), exponent);
const repeated = (values: number[], times: number) => torch.fromNested(Array.from({ length: times }, () => values).flat(), 'float32');

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, (...inputs: Tensor[]) => Tensor | Tensor[]> = {
  int32_add_int64: (a, b) => torch.add(a!, b!),
  int32_mul_scalar: (a) => torch.mul(a!, int(3)),
  int32_mul_wraps: (a) => torch.mul(torch.mul(a!, int(100000)), torch.mul(a!, int(30000))),
  int32_add_wraps: (a) => torch.add(a!, int(2147483600)),
  int32_sub_int64: (a, b) => torch.sub(a!, b!),
  int32_or_bool: (a, b) => torch.bitwiseOr(a!, b!),
  int32_plus_float: (a, b) => torch.add(a!, b!),
  int32_times_python_float: (a) => torch.mul(a!, float(0.25)),
  int32_plus_int64_zerodim: (a) => torch.add(a!, torch.fromNested(7, 'int64')),
  int32_true_div: (a, b) => torch.div(a!, b!),
  int32_neg_abs: (a) => torch.neg(torch.abs(a!)),
  int32_sum: (a) => torch.sum(a!),
  int32_sum_dim: (a) => torch.sum(a!, [1]),
  int32_prod: (a) => torch.prod(a!, 0),
  int32_cumsum: (a) => torch.cumsum(a!, 1),
  int32_max_dim: (a) => {
    const { values, indices } = torch.maxDim(a!, 1);
    return [values, indices];
  },
  int32_bitwise: (a, b) => torch.bitwiseOr(torch.bitwiseAnd(a!, b!), torch.bitwiseNot(a!)),
  int32_compare_float: (a) => torch.lt(a!, float(0.5)),
  int32_where_int64: (a, b) => torch.where(torch.gt(a!, int(0)), a!, b!),
  int32_clamp: (a) => torch.clamp(a!, -3, 4),
  int32_mm: (a, b) => torch.matmul(a!, b!),
  float_to_int32: (a) => torch.toDtype(torch.mul(a!, int(4)), 'int32'),
  int64_to_int32_wraps: (a) => torch.toDtype(torch.mul(a!, int(1000000000)), 'int32'),
  int32_to_float: (a) => torch.div(torch.toDtype(a!, 'float32'), int(3)),
  floor_divide_float: (a, b) => torch.floorDivide(detached(a!), detached(b!)),
  floor_divide_float_scalar: (a) => torch.floorDivide(detached(a!), float(0.3)),
  floor_divide_number_by_float: (a) => torch.floorDivide(float(2.5), detached(a!)),
  floor_divide_float64: (a, b) => torch.floorDivide(torch.toDtype(detached(a!), 'float64'), torch.toDtype(detached(b!), 'float64')),
  floor_divide_by_zero_float: (a) => torch.floorDivide(detached(a!), repeated([0, -0, Infinity], 3)),
  floor_divide_int: (a, b) => torch.floorDivide(a!, b!),
  floor_divide_int_scalar: (a) => torch.floorDivide(a!, int(4)),
  floor_divide_int_by_negative: (a) => torch.floorDivide(a!, int(-4)),
  floor_divide_number_by_int: (a) => torch.floorDivide(int(7), a!),
  floor_divide_int32: (a, b) => torch.floorDivide(a!, b!),
  floor_divide_int_float: (a, b) => torch.floorDivide(a!, detached(b!)),
  floor_divide_bool_int: (a) => torch.floorDivide(a!, int(2)),
  div_trunc: (a, b) => torch.divRounding(a!, b!, 'trunc'),
  div_floor: (a, b) => torch.divRounding(a!, b!, 'floor'),
  div_none: (a, b) => torch.divRounding(a!, b!, null),
  div_trunc_scalar: (a) => torch.divRounding(a!, float(0.7), 'trunc'),
  div_trunc_int: (a, b) => torch.divRounding(a!, b!, 'trunc'),
  div_floor_int32: (a, b) => torch.divRounding(a!, b!, 'floor'),
  div_floor_int_number: (a) => torch.divRounding(a!, int(3), 'floor'),
  remainder: (a, b) => torch.remainder(a!, b!),
  remainder_scalar: (a) => torch.remainder(a!, float(0.6)),
  remainder_negative_scalar: (a) => torch.remainder(a!, float(-1.5)),
  remainder_number_by_tensor: (a) => torch.detach(torch.remainder(float(3.5), a!)),
  remainder_float64: (a, b) => torch.remainder(torch.toDtype(a!, 'float64'), torch.toDtype(b!, 'float64')),
  remainder_by_zero_float: (a) => torch.remainder(detached(a!), repeated([0, Infinity, -Infinity], 3)),
  remainder_int: (a, b) => torch.remainder(a!, b!),
  remainder_int32_scalar: (a) => torch.remainder(a!, int(-4)),
  remainder_number_by_int: (a) => torch.remainder(int(7), a!),
  remainder_int_float: (a, b) => torch.remainder(a!, b!),
  fmod: (a, b) => torch.fmod(a!, b!),
  fmod_scalar: (a) => torch.fmod(a!, float(0.6)),
  fmod_int: (a, b) => torch.fmod(a!, b!),
  fmod_int32_scalar: (a) => torch.fmod(a!, int(-4)),
  remainder_in_place: (a, b) => torch.applyInPlace(torch.mul(a!, int(1)), (input) => torch.remainder(input, b!), true),
  fmod_in_place_scalar: (a) => torch.applyInPlace(torch.mul(a!, int(1)), (input) => torch.fmod(input, float(0.6)), false),
  div_floor_in_place: (a, b) => torch.applyInPlace(torch.mul(a!, int(1)), (input) => torch.divRounding(input, b!, 'floor'), true),
  floor_divide_in_place_int32: (a) => torch.applyInPlace(torch.clone(a!), (input) => torch.floorDivide(input, int(3)), false),
  pow_tensor_tensor: (a, b) => torch.pow(a!, b!),
  pow_tensor_tensor_float64: (a, b) => torch.pow(torch.toDtype(a!, 'float64'), torch.toDtype(b!, 'float64')),
  pow_tensor_zerodim_exponent: (a) => torch.pow(a!, torch.fromNested(2, 'float32')),
  pow_zero_base: (a, b) => torch.pow(torch.mul(a!, int(0)), b!),
  rpow_int: (a) => rpow(2, 'int64', a!),
  rpow_float: (a) => rpow(1.5, 'float32', a!),
  rpow_float64: (a) => rpow(0.5, 'float32', torch.toDtype(a!, 'float64')),
  pow_number_base: (a) => torch.powScalarBase(float(2.5), a!),
  pow_zero_number_base: (a) => torch.powScalarBase(int(0), a!),
  rpow_of_int_tensor: (a) => rpow(3, 'int64', a!),
  rpow_of_int32_tensor: (a) => torch.neg(rpow(2, 'int64', a!)),
  pow_int_tensor_exponent: (a, b) => torch.pow(a!, b!),
  pow_int32_scalar: (a) => torch.powScalar(a!, int(3)),
  pow_int32_wraps: (a) => torch.powScalar(torch.add(a!, int(10)), int(13)),
  pow_int_float_exponent: (a) => torch.powScalar(a!, float(0.5)),
  pow_bool_int: (a) => torch.powScalar(a!, int(2)),
  rpow_bool: (a) => rpow(2, 'int64', a!),
};

/**
 * PyTorch's pow with a tensor exponent is SLEEF's vectorised pow (within 1 ulp), not what the engine's
 * Math.pow gives; the exponent's gradient multiplies by log, also SLEEF's in float32.
 */
export const ULP_ALLOWANCE: Record<string, number> = {
  pow_tensor_tensor_float64: 1,
  rpow_float64: 1,
  pow_tensor_tensor: 2,
  rpow_int: 2,
  rpow_float: 2,
  pow_number_base: 2,
};

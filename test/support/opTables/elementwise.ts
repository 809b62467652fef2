// The elementwise op family (tools/opcases/elementwise.py): comparisons, logical and bitwise ops, where,
// maximum/minimum, closeness tests, unary math and in-place arithmetic.
import * as torch from '../../../engine/tensor/index';
import { Tensor } from '../../../engine/tensor/index';
import * as compare from '../../../engine/tensor/ops/comparison';
import * as math from '../../../engine/tensor/ops/unaryMath';
import * as inplace from '../../../engine/tensor/ops/inplace';

/** Python numbers as the binding layer wraps them: a float keeps double precision only next to a float64 tensor. */
const int = (value: number) => torch.wrapNumber(value, 'int64');
const float = (value: number) => torch.wrapNumber(value, 'float32');
const double = (value: number) => torch.wrapNumber(value, 'float64');
const bool = (value: boolean) => torch.wrapNumber(value ? 1 : 0, 'bool');
/** torch.tensor(python_bool) for the cases that return equal()/allclose() results. */
const boolTensor = (value: boolean) => Tensor.fromStorage(Uint8Array.of(value ? 1 : 0), [], 'bool');
const asDouble = (tensor: Tensor) => torch.toDtype(tensor, 'float64');

/** y after `modify(y)` changed one of its views in place, times 1 (as the case table returns it). */
const afterViewChange = (base: Tensor, modify: (base: Tensor) => void): Tensor => {
  modify(base);
  return torch.mul(base, int(1));
};

/** The engine's spelling of each case's PyTorch expression. */
export const OPS: Record<string, (...inputs: Tensor[]) => Tensor> = {
  eq_int: (a, b) => compare.eq(a!, b!),
  ne_bool_int_scalar: (a) => compare.ne(a!, int(1)),
  lt_scalar: (a) => compare.lt(a!, float(0.5)),
  le_int_float_scalar: (a) => compare.le(a!, float(4.5)),
  gt_broadcast: (a, b) => compare.gt(a!, b!),
  ge_int_float: (a, b) => compare.ge(a!, torch.mul(b!, int(5))),
  eq_float32_python_float: (a) => compare.eq(torch.add(torch.mul(a!, int(0)), float(0.1)), float(0.1)),
  eq_float64_python_float: (a) => compare.eq(torch.add(torch.mul(asDouble(a!), int(0)), double(0.1)), double(0.1)),
  lt_int_large_float: (a) => compare.lt(torch.add(a!, int(16777216)), float(16777217)),
  logical_and_float_int: (a, b) => compare.logicalAnd(a!, b!),
  logical_or_bool_float: (a, b) => compare.logicalOr(a!, b!),
  logical_xor: (a, b) => compare.logicalXor(a!, b!),
  logical_not_float: (a) => compare.logicalNot(torch.mul(a!, compare.gt(a!, int(0)))),
  bitwise_and_int: (a, b) => compare.bitwiseAnd(torch.sub(a!, int(5)), torch.sub(b!, int(3))),
  bitwise_or_int_bool: (a, b) => compare.bitwiseOr(a!, b!),
  bitwise_xor_int_scalar: (a) => compare.bitwiseXor(torch.sub(a!, int(5)), int(6)),
  bitwise_and_large: (a, b) =>
    compare.bitwiseAnd(torch.add(torch.mul(torch.sub(a!, int(5)), int(2 ** 40)), b!), torch.add(torch.mul(torch.sub(b!, int(4)), int(2 ** 35)), int(7))),
  bitwise_not_int: (a) => compare.bitwiseNot(torch.mul(torch.sub(a!, int(5)), int(2 ** 41))),
  bitwise_and_bool: (a, b) => compare.bitwiseAnd(a!, b!),
  bitwise_xor_bool_scalar: (a) => compare.bitwiseXor(a!, bool(true)),
  bitwise_not_bool: (a) => compare.bitwiseNot(a!),
  isnan: (a) => compare.isnan(torch.log(a!)),
  isinf: (a, b) => compare.isinf(torch.div(a!, b!)),
  isfinite: (a, b) => compare.isfinite(torch.div(torch.log(a!), b!)),
  isfinite_int: (a) => compare.isfinite(a!),
  where: (c, a, b) => compare.where(c!, a!, b!),
  where_scalar: (c, a) => compare.where(c!, a!, float(0)),
  where_int_float: (c, a, b) => compare.where(c!, a!, b!),
  where_float64: (c, a, b) => compare.where(c!, a!, asDouble(b!)),
  maximum: (a, b) => compare.maximum(a!, b!),
  minimum: (a, b) => compare.minimum(a!, b!),
  maximum_ties: (a, b) => compare.maximum(a!, compare.where(compare.gt(a!, int(0)), a!, b!)),
  minimum_ties: (a, b) => compare.minimum(compare.where(compare.gt(a!, int(0)), a!, b!), a!),
  maximum_int_float: (a, b) => compare.maximum(a!, b!),
  minimum_bool: (a, b) => compare.minimum(a!, b!),
  equal_true: (a) => boolTensor(compare.equal(a!, torch.mul(a!, int(1)))),
  equal_int_float: (a) => boolTensor(compare.equal(a!, torch.toDtype(a!, 'float32'))),
  equal_shape: (a) => boolTensor(compare.equal(a!, torch.slice(a!, 0, 0, 2))),
  allclose_close: (a) => boolTensor(compare.allclose(a!, torch.add(a!, float(1e-6)))),
  allclose_far: (a) => boolTensor(compare.allclose(a!, torch.add(a!, float(1e-3)))),
  isclose_tolerances: (a, b) => compare.isclose(a!, torch.add(a!, torch.mul(b!, float(1e-4))), { rtol: 1e-4, atol: 1e-5 }),
  isclose_int: (a, b) => compare.isclose(torch.mul(a!, int(100000)), torch.add(b!, torch.mul(a!, int(100000))), { rtol: 1e-5, atol: 0.5 }),
  abs: (a) => math.abs(a!),
  abs_int: (a) => math.abs(torch.sub(a!, int(5))),
  sign: (a) => math.sign(a!),
  sign_int: (a) => math.sign(torch.sub(a!, int(5))),
  sign_bool: (a) => math.sign(a!),
  floor: (a) => math.floor(torch.mul(a!, int(3))),
  ceil: (a) => math.ceil(torch.mul(a!, int(3))),
  trunc: (a) => math.trunc(torch.mul(a!, int(3))),
  round: (a) => math.round(torch.mul(a!, int(3))),
  round_halves: (a) => math.round(torch.div(math.round(torch.mul(a!, int(4))), int(2))),
  round_decimals: (a) => math.round(torch.mul(a!, int(10)), 2),
  round_decimals_negative: (a) => math.round(torch.mul(a!, int(1000)), -2),
  round_decimals_float64: (a) => math.round(asDouble(a!), 3),
  floor_int: (a) => math.floor(a!),
  frac: (a) => math.frac(torch.mul(a!, int(3))),
  log1p: (a) => math.log1p(a!),
  log1p_small: (a) => math.log1p(torch.mul(a!, float(1e-4))),
  log1p_float64: (a) => math.log1p(torch.mul(asDouble(a!), int(3))),
  expm1_float64: (a) => math.expm1(torch.mul(asDouble(a!), int(3))),
  expm1: (a) => math.expm1(a!),
  log2: (a) => math.log2(a!),
  log10: (a) => math.log10(a!),
  log2_int: (a) => math.log2(a!),
  rsqrt: (a) => math.rsqrt(a!),
  rsqrt_float64: (a) => math.rsqrt(asDouble(a!)),
  reciprocal: (a) => torch.reciprocal(a!),
  sin: (a) => math.sin(a!),
  cos: (a) => math.cos(a!),
  tan: (a) => math.tan(a!),
  sin_large: (a) => math.sin(torch.mul(a!, int(100))),
  sin_float64: (a) => math.sin(asDouble(a!)),
  sin_int: (a) => math.sin(a!),
  square: (a) => math.square(a!),
  square_int: (a) => math.square(a!),
  square_bool: (a) => math.square(a!),
  add_inplace: (a, b) => inplace.addInPlace(torch.clone(a!), b!),
  add_inplace_alpha: (a, b) => inplace.addInPlace(torch.clone(a!), b!, float(0.3)),
  add_inplace_alpha_small: (a, b) => inplace.addInPlace(torch.clone(a!), b!, float(-2.3)),
  add_inplace_alpha_scalar: (a) => inplace.addInPlace(torch.clone(a!), float(0.7), float(-2.3)),
  add_inplace_alpha_scalar_rows: (a) => inplace.addInPlace(torch.clone(a!), float(0.7), float(1.7)),
  add_inplace_alpha_column: (a, b) => inplace.addInPlace(torch.clone(a!), b!, float(0.3)),
  add_inplace_alpha_float64: (a, b) => inplace.addInPlace(asDouble(a!), asDouble(b!), double(0.3)),
  add_inplace_alpha_float64_scalar: (a) => inplace.addInPlace(asDouble(a!), double(0.7), double(-2.3)),
  sub_inplace_alpha: (a, b) => inplace.subInPlace(torch.clone(a!), b!, float(1.5)),
  add_inplace_int_alpha: (a, b) => inplace.addInPlace(torch.clone(a!), b!, int(3)),
  mul_inplace: (a, b) => inplace.mulInPlace(torch.clone(a!), b!),
  mul_inplace_scalar: (a) => inplace.mulInPlace(torch.mul(a!, int(2)), float(0.1)),
  div_inplace: (a, b) => inplace.divInPlace(torch.clone(a!), b!),
  sub_inplace_float64_into_float32: (a, b) => inplace.subInPlace(torch.clone(a!), torch.div(asDouble(b!), int(3))),
  clamp_inplace: (a) => inplace.clampInPlace(torch.clone(a!), float(-0.5), float(0.5)),
  clamp_inplace_min: (a) => inplace.clampInPlace(torch.clone(a!), float(0.1)),
  zero_inplace: (a) => inplace.zeroInPlace(torch.mul(a!, int(2))),
  fill_inplace: (a) => inplace.fillInPlace(torch.mul(a!, int(2)), float(1.5)),
  fill_inplace_tensor: (a, b) => inplace.fillInPlace(torch.mul(a!, int(2)), torch.sum(b!)),
  copy_inplace_broadcast: (a, b) => torch.mul(inplace.copyInPlace(torch.mul(a!, int(2)), b!), int(1)),
  copy_inplace_float64: (a, b) => torch.mul(inplace.copyInPlace(torch.zeros([3], 'float64'), torch.mul(a!, b!)), int(1)),
  view_mul_inplace: (a, b) => afterViewChange(torch.mul(a!, int(2)), (y) => inplace.mulInPlace(torch.select(y, 0, 1), b!)),
  view_add_inplace_transposed: (a, b) => afterViewChange(torch.mul(a!, int(2)), (y) => inplace.addInPlace(torch.slice(torch.t(y), 0, 1, 4), b!)),
  view_copy_into_zeros: (a) => afterViewChange(torch.zeros([2, 3], 'float32'), (y) => inplace.copyInPlace(torch.select(y, 1, 1), a!)),
};

/**
 * float32 sin, cos, tan, log1p, expm1 and log10 follow SLEEF exactly (engine/tensor/kernels/sleefFloat32.ts).
 * float64 sin goes through SLEEF's double-precision sind4_u10, which the engine does not reproduce: it computes
 * the correctly rounded value, which can differ in the last bit.
 */
export const ULP_ALLOWANCE: Record<string, number> = { sin_float64: 1 };


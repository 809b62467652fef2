// In-place methods (add_, mul_, clamp_, zero_, exp_, ...), through the engine's in-place ops, which check and
// record them as PyTorch does. Each returns self. One table entry per method (see ops.ts).
import * as engine from '../tensor/index';
import type { Tensor } from '../tensor/index';
import { checkScalarFits } from '../tensor/dtype';
import type { BoundArgs } from './args';
import { floatPower, lerpWeight, maskedFillValue, nanToNum, roundingMode, type OpDefinition } from './ops';
import { operandFor, otherOperand, power, scalarArgument } from './operands';
import { pythonNumber } from './values';
import { SCATTER_IN_PLACE } from './scatter';
import { PRODUCTS_IN_PLACE } from './products';

/** An out-of-place unary op applied in place; `savesSelf` when its gradient needs the input (see engine applyInPlace). */
const unaryInPlace = (fn: (input: Tensor) => Tensor, savesSelf: boolean): OpDefinition => ({
  signature: 'input',
  run: (a) => engine.applyInPlace(a.tensor('input'), fn, savesSelf),
});

/** An op whose gradient PyTorch computes from its result, applied in place (the node saves self). */
const resultSavingInPlace = (fn: (input: Tensor) => Tensor): OpDefinition => ({
  signature: 'input',
  run: (a) => engine.applyInPlaceSavingResult(a.tensor('input'), fn),
});

/** Bitwise ops act on bools and ints only, which autograd never records. */
const bitwiseInPlace = (fn: (a: Tensor, b: Tensor) => Tensor): OpDefinition => ({
  signature: 'input, other',
  run: (a) => {
    const other = otherOperand(a);
    return engine.applyInPlace(a.tensor('input'), (input) => fn(input, other), false);
  },
});

/** div_(other, rounding_mode=): with a rounding mode, the rounded division written in place. */
function divInPlace(a: BoundArgs): Tensor {
  const mode = roundingMode(a);
  const other = otherOperand(a);
  if (mode === undefined) return engine.divInPlace(a.tensor('input'), other);
  return engine.applyInPlace(a.tensor('input'), (input) => engine.divRounding(input, other, mode), true);
}

/** A binary op written in place; `savesSelf` when its gradient needs self (see engine applyInPlace). */
const binaryInPlace = (fn: (a: Tensor, b: Tensor) => Tensor, savesSelf: boolean): OpDefinition => ({
  signature: 'input, other',
  run: (a) => {
    const other = otherOperand(a);
    return engine.applyInPlace(a.tensor('input'), (input) => fn(input, other), savesSelf && !(other instanceof engine.WrappedNumber));
  },
});

/** fill_(value): a number, or a 0-dim tensor whose gradient is the sum of the upstream. */
function fill(a: BoundArgs): Tensor {
  const self = a.tensor('input');
  const value = a.raw('value');
  const number = value === undefined ? undefined : pythonNumber(value);
  if (number) checkScalarFits(number.value, self.dtype);
  return engine.fillInPlace(self, operandFor(value, self) ?? a.tensor('value'));
}

const SUB_IN_PLACE: OpDefinition = { signature: 'input, other, *, alpha=', run: (a) => engine.subInPlace(a.tensor('input'), otherOperand(a), scalarArgument(a, 'alpha')) };
const MUL_IN_PLACE: OpDefinition = { signature: 'input, other', run: (a) => engine.mulInPlace(a.tensor('input'), otherOperand(a)) };
const DIV_IN_PLACE: OpDefinition = { signature: 'input, other, *, rounding_mode=', run: divInPlace };

export const IN_PLACE: Record<string, OpDefinition> = {
  add_: { signature: 'input, other, *, alpha=', run: (a) => engine.addInPlace(a.tensor('input'), otherOperand(a), scalarArgument(a, 'alpha')) },
  sub_: SUB_IN_PLACE,
  subtract_: SUB_IN_PLACE,
  mul_: MUL_IN_PLACE,
  multiply_: MUL_IN_PLACE,
  div_: DIV_IN_PLACE,
  divide_: DIV_IN_PLACE,
  true_divide_: { signature: 'input, other', run: (a) => engine.divInPlace(a.tensor('input'), otherOperand(a)) },
  float_power_: { signature: 'input, exponent', run: (a) => engine.applyInPlace(a.tensor('input'), () => floatPower(a, 'float_power_'), true) },
  floor_divide_: binaryInPlace((a, b) => engine.floorDivide(a, b, 'floor_divide_'), false),
  remainder_: binaryInPlace(engine.remainder, true),
  fmod_: binaryInPlace(engine.fmod, true),
  pow_: { signature: 'input, exponent', run: (a) => engine.applyInPlace(a.tensor('input'), (input) => power(input, a.raw('exponent'), 'pow_'), true) },
  clamp_: {
    signature: 'input, min=, max=',
    run: (a) => engine.clampInPlace(a.tensor('input'), scalarArgument(a, 'min'), scalarArgument(a, 'max')),
  },
  clip_: {
    signature: 'input, min=, max=',
    run: (a) => engine.clampInPlace(a.tensor('input'), scalarArgument(a, 'min'), scalarArgument(a, 'max')),
  },
  zero_: { signature: 'input', run: (a) => engine.zeroInPlace(a.tensor('input')) },
  transpose_: { signature: 'input, dim0, dim1', run: (a) => engine.transposeInPlace(a.tensor('input'), a.int('dim0'), a.int('dim1')) },
  swapdims_: { signature: 'input, dim0, dim1', run: (a) => engine.transposeInPlace(a.tensor('input'), a.int('dim0'), a.int('dim1')) },
  swapaxes_: { signature: 'input, axis0, axis1', run: (a) => engine.transposeInPlace(a.tensor('input'), a.int('axis0'), a.int('axis1')) },
  t_: { signature: 'input', run: (a) => engine.tInPlace(a.tensor('input')) },
  unsqueeze_: { signature: 'input, dim', run: (a) => engine.unsqueezeInPlace(a.tensor('input'), a.int('dim')) },
  squeeze_: { signature: 'input, dim=', run: (a) => engine.squeezeInPlace(a.tensor('input'), a.optionalInt('dim')) },
  masked_fill_: {
    signature: 'input, mask, value',
    run: (a) => {
      const value = maskedFillValue(a);
      return engine.applyInPlace(a.tensor('input'), (input) => engine.maskedFill(input, a.tensor('mask'), value), false);
    },
  },
  fill_: { signature: 'input, value', run: fill },
  copy_: { signature: 'input, src, non_blocking=', run: (a) => engine.copyInPlace(a.tensor('input'), a.tensor('src')) },
  neg_: unaryInPlace(engine.neg, false),
  negative_: unaryInPlace(engine.neg, false),
  deg2rad_: unaryInPlace(engine.deg2rad, false),
  rad2deg_: unaryInPlace(engine.rad2deg, false),
  reciprocal_: resultSavingInPlace(engine.reciprocal),
  abs_: unaryInPlace(engine.abs, true),
  absolute_: unaryInPlace(engine.abs, true),
  sign_: unaryInPlace(engine.sign, false),
  sgn_: unaryInPlace(engine.sgn, false),
  floor_: unaryInPlace(engine.floor, false),
  ceil_: unaryInPlace(engine.ceil, false),
  trunc_: unaryInPlace(engine.trunc, false),
  fix_: unaryInPlace(engine.trunc, false),
  round_: unaryInPlace(engine.round, false),
  frac_: unaryInPlace(engine.frac, false),
  log_: unaryInPlace(engine.log, true),
  log1p_: unaryInPlace(engine.log1p, true),
  log2_: unaryInPlace(engine.log2, true),
  log10_: unaryInPlace(engine.log10, true),
  sin_: unaryInPlace(engine.sin, true),
  cos_: unaryInPlace(engine.cos, true),
  square_: unaryInPlace(engine.square, true),
  asin_: unaryInPlace(engine.asin, true),
  arcsin_: unaryInPlace(engine.asin, true),
  acos_: unaryInPlace(engine.acos, true),
  arccos_: unaryInPlace(engine.acos, true),
  atan_: unaryInPlace(engine.atan, true),
  arctan_: unaryInPlace(engine.atan, true),
  atan2_: binaryInPlace(engine.atan2, true),
  arctan2_: binaryInPlace(engine.atan2, true),
  sinh_: unaryInPlace(engine.sinh, true),
  cosh_: unaryInPlace(engine.cosh, true),
  asinh_: unaryInPlace(engine.asinh, true),
  arcsinh_: unaryInPlace(engine.asinh, true),
  acosh_: unaryInPlace(engine.acosh, true),
  arccosh_: unaryInPlace(engine.acosh, true),
  atanh_: unaryInPlace(engine.atanh, true),
  arctanh_: unaryInPlace(engine.atanh, true),
  erf_: unaryInPlace(engine.erf, true),
  erfc_: unaryInPlace(engine.erfc, true),
  exp2_: resultSavingInPlace(engine.exp2),
  exp_: resultSavingInPlace(engine.exp),
  cumsum_: { signature: 'input, dim, *, dtype=', run: (a) => engine.applyInPlace(a.tensor('input'), (input) => engine.cumsum(input, a.int('dim'), a.dtype()), false) },
  cumprod_: { signature: 'input, dim, *, dtype=', run: (a) => engine.applyInPlace(a.tensor('input'), (input) => engine.cumprod(input, a.int('dim'), a.dtype()), true) },
  logit_: { signature: 'input, eps=', run: (a) => engine.applyInPlace(a.tensor('input'), (input) => engine.logit(input, a.optionalNumber('eps')), true) },
  lerp_: { signature: 'input, end, weight', run: (a) => engine.applyInPlace(a.tensor('input'), (input) => engine.lerp(input, a.tensor('end'), lerpWeight(a)), true) },
  addcmul_: {
    signature: 'input, tensor1, tensor2, *, value=',
    run: (a) => engine.applyInPlace(a.tensor('input'), (input) => engine.addcmul(input, a.tensor('tensor1'), a.tensor('tensor2'), a.number('value', 1)), false),
  },
  addcdiv_: {
    signature: 'input, tensor1, tensor2, *, value=',
    run: (a) => engine.applyInPlace(a.tensor('input'), (input) => engine.addcdiv(input, a.tensor('tensor1'), a.tensor('tensor2'), a.number('value', 1)), false),
  },
  hypot_: binaryInPlace(engine.hypot, true),
  xlogy_: binaryInPlace(engine.xlogy, true),
  copysign_: binaryInPlace(engine.copysign, true),
  nan_to_num_: { signature: 'input, nan=, posinf=, neginf=', run: (a) => engine.applyInPlace(a.tensor('input'), (input) => nanToNum(a, input), true) },
  expm1_: resultSavingInPlace(engine.expm1),
  sqrt_: resultSavingInPlace(engine.sqrt),
  rsqrt_: resultSavingInPlace(engine.rsqrt),
  tan_: resultSavingInPlace(engine.tan),
  tanh_: resultSavingInPlace(engine.tanh),
  sigmoid_: resultSavingInPlace(engine.sigmoid),
  relu_: resultSavingInPlace(engine.relu),
  logical_not_: unaryInPlace(engine.logicalNot, false),
  bitwise_and_: bitwiseInPlace(engine.bitwiseAnd),
  bitwise_or_: bitwiseInPlace(engine.bitwiseOr),
  bitwise_xor_: bitwiseInPlace(engine.bitwiseXor),
  ...SCATTER_IN_PLACE,
  ...PRODUCTS_IN_PLACE,
};

/** The in-place ops torch also offers as functions (torch.sin_(x)): those of PyTorch 1.13's dir(torch) agnb has. */
const TORCH_LEVEL = new Set([
  'abs_', 'acos_', 'acosh_', 'addmv_', 'alpha_dropout_', 'arccos_', 'arccosh_', 'arcsin_', 'arcsinh_', 'arctan_', 'arctanh_', 'as_strided_', 'asin_', 'asinh_', 'atan_', 'atanh_', 'ceil_', 'celu_', 'clamp_', 'clamp_max_', 'clamp_min_', 'clip_', 'conj_physical_', 'cos_', 'cosh_', 'deg2rad_', 'detach_', 'dropout_', 'embedding_renorm_', 'erf_', 'erfc_', 'exp2_', 'exp_', 'expm1_', 'feature_alpha_dropout_', 'feature_dropout_', 'fill_', 'fix_', 'floor_', 'frac_', 'gcd_', 'i0_', 'index_put_', 'lcm_', 'ldexp_', 'log10_', 'log1p_', 'log2_', 'log_', 'logit_', 'nan_to_num_', 'neg_', 'negative_', 'rad2deg_', 'reciprocal_', 'relu_', 'resize_as_', 'resize_as_sparse_', 'round_', 'rrelu_', 'rsqrt_', 'selu_', 'sigmoid_', 'sin_', 'sinc_', 'sinh_', 'sqrt_', 'square_', 'tan_', 'tanh_', 'threshold_', 'trunc_', 'xlogy_', 'zero_',
]);

export const TORCH_IN_PLACE: Record<string, OpDefinition> = Object.fromEntries(Object.entries(IN_PLACE).filter(([name]) => TORCH_LEVEL.has(name)));

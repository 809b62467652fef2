// Division with rounding (`//`, div's rounding_mode), remainder (`%`) and fmod, for float and integer
// dtypes, with PyTorch's CPU kernels' formulas and derivatives. Integer division by zero raises PyTorch's
// "ZeroDivisionError" (a RuntimeError); float division by zero gives IEEE results.
import { isFloating, scalarTypeName, type DType } from '../dtype';
import { runtimeError } from '../errors';
import type { Tensor } from '../tensor';
import { div, mul, neg } from './arithmetic';
import { binary, promoteOperands, WrappedNumber, type BinaryKernel } from './elementwise';
import { record, recordNotDifferentiable, zeroGradient } from './record';
import { sumToShape } from './reduce';

export type RoundingMode = 'trunc' | 'floor';

const identity = (x: number): number => x;

const zeroDivision = () => runtimeError('ZeroDivisionError');

/** -0 from JavaScript's integer % and trunc is plain 0 in an integer dtype. */
const integer = (x: number): number => (x === 0 ? 0 : x);

/**
 * The integer quotient of a / b rounded toward zero, exact for integers up to 2**53: the rounded double
 * quotient is corrected by the remainder's sign and size.
 */
function truncatedQuotient(a: number, b: number): number {
  let quotient = Math.trunc(a / b);
  const rest = a - quotient * b;
  if (rest !== 0 && rest < 0 !== a < 0) quotient += a < 0 === b < 0 ? -1 : 1;
  else if (Math.abs(rest) >= Math.abs(b)) quotient += a < 0 === b < 0 ? 1 : -1;
  return quotient;
}

// ---- kernels: integer ones check for zero divisors; float ones round each step to the dtype (`round`)

const TRUNC_INT: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) {
    if (b[i] === 0) throw zeroDivision();
    out[i] = integer(truncatedQuotient(a[i]!, b[i]!));
  }
};

/** Python's //: truncation, one lower where the signs differ and something remains. */
const FLOOR_INT: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (y === 0) throw zeroDivision();
    const quotient = truncatedQuotient(x, y);
    out[i] = integer(x < 0 !== y < 0 && x - quotient * y !== 0 ? quotient - 1 : quotient);
  }
};

/** The remainder with the divisor's sign (Python's %). */
const REMAINDER_INT: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) {
    const y = b[i]!;
    if (y === 0) throw zeroDivision();
    const rest = a[i]! % y;
    out[i] = integer(rest !== 0 && rest < 0 !== y < 0 ? rest + y : rest);
  }
};

/** The remainder with the dividend's sign (C's %). */
const FMOD_INT: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) {
    if (b[i] === 0) throw zeroDivision();
    out[i] = integer(a[i]! % b[i]!);
  }
};

const truncFloat = (round: (x: number) => number): BinaryKernel => (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.trunc(round(a[i]! / b[i]!));
};

/**
 * PyTorch's floor division of floats (after CPython's): (a - fmod(a, b)) / b, one lower where the remainder's
 * sign differs from b's, then floored, rounded up if it is more than half below; a zero keeps the sign of
 * a / b, and a zero divisor gives a / b.
 */
const floorFloat = (round: (x: number) => number): BinaryKernel => (a, b, out, n) => {
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (y === 0) {
      out[i] = x / y;
      continue;
    }
    const rest = x % y;
    let quotient = round(round(x - rest) / y);
    if (rest !== 0 && y < 0 !== rest < 0) quotient = round(quotient - 1);
    if (quotient === 0) {
      out[i] = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
      continue;
    }
    const floored = Math.floor(quotient);
    out[i] = quotient - floored > 0.5 ? floored + 1 : floored;
  }
};

/** fmod, moved into the divisor's sign where it differs. */
const REMAINDER_FLOAT: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) {
    const y = b[i]!;
    const rest = a[i]! % y;
    out[i] = rest !== 0 && y < 0 !== rest < 0 ? rest + y : rest;
  }
};

const FMOD_FLOAT: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! % b[i]!;
};

interface Kernels {
  /** PyTorch's kernel name, for the error on bools. */
  name: string;
  integer: BinaryKernel;
  float: (round: (x: number) => number) => BinaryKernel;
}

const TRUNC: Kernels = { name: 'div_trunc_cpu', integer: TRUNC_INT, float: truncFloat };
const FLOOR: Kernels = { name: 'div_floor_cpu', integer: FLOOR_INT, float: floorFloat };
const REMAINDER: Kernels = { name: 'remainder_cpu', integer: REMAINDER_INT, float: () => REMAINDER_FLOAT };
const FMOD: Kernels = { name: 'fmod_cpu', integer: FMOD_INT, float: () => FMOD_FLOAT };

function compute(a: Tensor, b: Tensor, kernels: Kernels): Tensor {
  const dtype: DType = promoteOperands(a, b);
  if (dtype === 'bool') throw runtimeError(`"${kernels.name}" not implemented for '${scalarTypeName(dtype)}'`);
  const kernel = isFloating(dtype) ? kernels.float(dtype === 'float32' ? Math.fround : identity) : kernels.integer;
  return binary(a, b, kernel, dtype);
}

/** Whether an input gets a gradient: Python numbers and tensors that do not require grad get none. */
const tracked = (input: Tensor): boolean => !(input instanceof WrappedNumber) && input.requiresGrad;

/**
 * div(a, b, rounding_mode=...): any given mode, None included, records DivBackward2; 'trunc' and 'floor' keep
 * the promoted dtype (integers stay integers) and have zero gradients.
 */
export function divRounding(a: Tensor, b: Tensor, mode: RoundingMode | null): Tensor {
  if (mode === null) {
    const out = div(a, b);
    out.gradFn = null;
    record(
      'DivBackward2',
      [a, b],
      out,
      ([grad], [savedA, savedB]) => [
        tracked(a) ? sumToShape(div(grad!, savedB!), a.shape) : null,
        tracked(b) ? sumToShape(neg(mul(grad!, div(div(savedA!, savedB!), savedB!))), b.shape) : null,
      ],
      [a, b],
    );
    return out;
  }
  const out = compute(a, b, mode === 'trunc' ? TRUNC : FLOOR);
  record('DivBackward2', [a, b], out, () => [tracked(a) ? zeroGradient(a.shape, a.dtype) : null, tracked(b) ? zeroGradient(b.shape, b.dtype) : null]);
  return out;
}

const tensorOperands = (...operands: Tensor[]): Tensor[] => operands.filter((operand) => !(operand instanceof WrappedNumber));

/** floor_divide (`//`): floor division, not differentiable; `op` names it in the error (floor_divide_ in place). */
export function floorDivide(a: Tensor, b: Tensor, op = 'floor_divide'): Tensor {
  const out = compute(a, b, FLOOR);
  recordNotDifferentiable(op, tensorOperands(a, b), out);
  return out;
}

/**
 * remainder (`%`): the sign of the divisor. With a number divisor: RemainderBackward0; with a tensor:
 * RemainderBackward1, whose divisor's gradient is -grad * floor(a / b); a number dividend: not differentiable.
 */
export function remainder(a: Tensor, b: Tensor): Tensor {
  const out = compute(a, b, REMAINDER);
  if (a instanceof WrappedNumber) recordNotDifferentiable('remainder', [b], out);
  else recordModulo('Remainder', a, b, out, 'floor');
  return out;
}

/** fmod: the sign of the dividend; FmodBackward0/1 as remainder's, with the quotient truncated. */
export function fmod(a: Tensor, b: Tensor): Tensor {
  const out = compute(a, b, FMOD);
  recordModulo('Fmod', a, b, out, 'trunc');
  return out;
}

function recordModulo(name: string, a: Tensor, b: Tensor, out: Tensor, quotient: RoundingMode): void {
  if (b instanceof WrappedNumber) {
    record(`${name}Backward0`, [a], out, ([grad]) => [grad!]);
    return;
  }
  record(
    `${name}Backward1`,
    [a, b],
    out,
    ([grad], [savedA, savedB]) => [
      tracked(a) ? sumToShape(grad!, a.shape) : null,
      tracked(b) ? sumToShape(mul(neg(grad!), divRounding(savedA!, savedB!, quotient)), b.shape) : null,
    ],
    [a, b],
  );
}

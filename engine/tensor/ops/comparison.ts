// Comparisons, logical and bitwise ops, where, maximum/minimum and closeness tests. Comparisons promote
// their operands like arithmetic does, compare in that dtype and give bool tensors without a grad_fn.
import { allocate, isFloating, scalarTypeName, type DType, type Storage } from '../dtype';
import { runtimeError } from '../errors';
import { broadcastShapes, contiguousStrides, numel, sameShape } from '../shape';
import { Tensor } from '../tensor';
import { binary, materialize, promoteOperands, unary, WrappedNumber, type BinaryKernel, type UnaryKernel } from './elementwise';
import { divScalar } from './arithmetic';
import { maskedFill } from './indexing';
import { zeros } from './creation';
import { record } from './record';
import { sumToShape } from './reduce';

const EQ: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i] === b[i] ? 1 : 0;
};
const NE: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i] !== b[i] ? 1 : 0;
};
const LT: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! < b[i]! ? 1 : 0;
};
const LE: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! <= b[i]! ? 1 : 0;
};
const GT: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! > b[i]! ? 1 : 0;
};
const GE: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! >= b[i]! ? 1 : 0;
};

const compare = (a: Tensor, b: Tensor, kernel: BinaryKernel): Tensor => binary(a, b, kernel, promoteOperands(a, b), 'bool');

export const eq = (a: Tensor, b: Tensor): Tensor => compare(a, b, EQ);
export const ne = (a: Tensor, b: Tensor): Tensor => compare(a, b, NE);
export const lt = (a: Tensor, b: Tensor): Tensor => compare(a, b, LT);
export const le = (a: Tensor, b: Tensor): Tensor => compare(a, b, LE);
export const gt = (a: Tensor, b: Tensor): Tensor => compare(a, b, GT);
export const ge = (a: Tensor, b: Tensor): Tensor => compare(a, b, GE);

// ---- logical ops: any nonzero value (NaN included) is true

const LOGICAL_AND: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i] !== 0 && b[i] !== 0 ? 1 : 0;
};
const LOGICAL_OR: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i] !== 0 || b[i] !== 0 ? 1 : 0;
};
const LOGICAL_XOR: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = (a[i] !== 0) !== (b[i] !== 0) ? 1 : 0;
};
const LOGICAL_NOT: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i] === 0 ? 1 : 0;
};

export const logicalAnd = (a: Tensor, b: Tensor): Tensor => compare(a, b, LOGICAL_AND);
export const logicalOr = (a: Tensor, b: Tensor): Tensor => compare(a, b, LOGICAL_OR);
export const logicalXor = (a: Tensor, b: Tensor): Tensor => compare(a, b, LOGICAL_XOR);
export const logicalNot = (tensor: Tensor): Tensor => unary(tensor, LOGICAL_NOT, tensor.dtype, 'bool');

// ---- bitwise ops on bool and integers

const BITWISE_AND: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! & b[i]!;
};
const BITWISE_OR: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! | b[i]!;
};
const BITWISE_XOR: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! ^ b[i]!;
};
const BITWISE_NOT_INT: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = -a[i]! - 1;
};

/**
 * int64 values live in doubles (exact up to 2**53) while JavaScript's bitwise operators work on 32 bits, so
 * each value is split into its high and low 32-bit words, the kernel runs over the words, and the words are
 * joined back: two's complement bits combine word by word exactly as on the 64-bit integer.
 */
const WORD = 2 ** 32;

function splitWords(values: Storage): Float64Array {
  const words = new Float64Array(values.length * 2);
  for (let i = 0; i < values.length; i++) {
    const high = Math.floor(values[i]! / WORD);
    words[2 * i] = high;
    words[2 * i + 1] = values[i]! - high * WORD;
  }
  return words;
}

function joinWords(words: Float64Array): Float64Array {
  const values = new Float64Array(words.length / 2);
  for (let i = 0; i < values.length; i++) values[i] = words[2 * i]! * WORD + (words[2 * i + 1]! >>> 0);
  return values;
}

function bitwise(name: string, a: Tensor, b: Tensor, kernel: BinaryKernel): Tensor {
  const dtype = promoteOperands(a, b);
  if (isFloating(dtype)) throw runtimeError(`"${name}_cpu" not implemented for '${scalarTypeName(dtype)}'`);
  // Bools are single bits, and the integer types up to int32 fit JavaScript's 32-bit operators.
  if (dtype !== 'int64') return binary(a, b, kernel, dtype);
  const shape = broadcastShapes(a.shape, b.shape);
  const aWords = splitWords(materialize(a, shape, dtype));
  const bWords = splitWords(materialize(b, shape, dtype));
  const outWords = new Float64Array(aWords.length);
  kernel(aWords, bWords, outWords, outWords.length);
  return new Tensor(joinWords(outWords), shape, contiguousStrides(shape), 0, dtype);
}

export const bitwiseAnd = (a: Tensor, b: Tensor): Tensor => bitwise('bitwise_and', a, b, BITWISE_AND);
export const bitwiseOr = (a: Tensor, b: Tensor): Tensor => bitwise('bitwise_or', a, b, BITWISE_OR);
export const bitwiseXor = (a: Tensor, b: Tensor): Tensor => bitwise('bitwise_xor', a, b, BITWISE_XOR);

export function bitwiseNot(tensor: Tensor): Tensor {
  if (isFloating(tensor.dtype)) throw runtimeError(`"bitwise_not_cpu" not implemented for '${scalarTypeName(tensor.dtype)}'`);
  return tensor.dtype === 'bool' ? logicalNot(tensor) : unary(tensor, BITWISE_NOT_INT, tensor.dtype);
}

// ---- NaN and infinity tests

const IS_NAN: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i] !== a[i] ? 1 : 0;
};
const IS_INF: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i] === Infinity || a[i] === -Infinity ? 1 : 0;
};
const IS_FINITE: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i]! - a[i]! === 0 ? 1 : 0;
};

/** The sign bit itself, read from each element's top byte (little-endian), so -0. and a negative NaN count. */
const SIGN_BIT: UnaryKernel = (a, out, n) => {
  if (a instanceof Uint8Array) return;
  const bytes = new Uint8Array(a.buffer, a.byteOffset, n * a.BYTES_PER_ELEMENT);
  const top = a.BYTES_PER_ELEMENT - 1;
  for (let i = 0; i < n; i++) out[i] = bytes[i * a.BYTES_PER_ELEMENT + top]! >> 7;
};

export const isnan = (tensor: Tensor): Tensor => unary(tensor, IS_NAN, tensor.dtype, 'bool');
export const isinf = (tensor: Tensor): Tensor => unary(tensor, IS_INF, tensor.dtype, 'bool');
export const isfinite = (tensor: Tensor): Tensor => unary(tensor, IS_FINITE, tensor.dtype, 'bool');
export const signbit = (tensor: Tensor): Tensor => unary(tensor, SIGN_BIT, tensor.dtype, 'bool');

// ---- isin

/**
 * isin(elements, test_elements): whether each element equals one of the test elements, both taken to their
 * promoted dtype first (so NaN is in nothing and -0. equals 0.). Bools are refused as PyTorch refuses them.
 */
export function isin(elements: Tensor, test: Tensor, invert = false): Tensor {
  for (const tensor of [elements, test]) if (tensor.dtype === 'bool') throw runtimeError('Unsupported input type encountered for isin(): Bool');
  const dtype = promoteOperands(elements, test);
  const members = new Set<number>();
  for (const value of materialize(test, test.shape, dtype)) if (value === value) members.add(value);
  const values = materialize(elements, elements.shape, dtype);
  const out = allocate('bool', values.length);
  const found = invert ? 0 : 1;
  for (let i = 0; i < values.length; i++) out[i] = members.has(values[i]!) ? found : 1 - found;
  return new Tensor(out, [...elements.shape], contiguousStrides(elements.shape), 0, 'bool');
}

// ---- where

/** where(condition, a, b): a where the condition holds, else b, all three broadcast together. */
export function where(condition: Tensor, a: Tensor, b: Tensor): Tensor {
  if (condition.dtype !== 'bool') {
    throw runtimeError(`where expected condition to be a boolean tensor, but got a tensor with dtype ${scalarTypeName(condition.dtype)}`);
  }
  const dtype = promoteOperands(a, b);
  const shape = broadcastShapes(condition.shape, broadcastShapes(a.shape, b.shape));
  const out = choose(materialize(condition, shape, 'bool'), materialize(a, shape, dtype), materialize(b, shape, dtype), dtype);
  const result = new Tensor(out, shape, contiguousStrides(shape), 0, dtype);
  // The condition is not differentiable and gets no edge; each side's gradient is the upstream where it was chosen, else 0.
  record('WhereBackward0', [a, b], result, ([grad]) => [
    tracked(a) ? sumToShape(whereZero(condition, grad!, true), a.shape) : null,
    tracked(b) ? sumToShape(whereZero(condition, grad!, false), b.shape) : null,
  ]);
  return result;
}

function choose(condition: Storage, a: Storage, b: Storage, dtype: DType): Storage {
  const n = condition.length;
  const out = allocate(dtype, n);
  for (let i = 0; i < n; i++) out[i] = condition[i] ? a[i]! : b[i]!;
  return out;
}

/** where(condition, grad, 0) when `keepWhere`, else where(condition, 0, grad): recorded, so differentiable again. */
function whereZero(condition: Tensor, grad: Tensor, keepWhere: boolean): Tensor {
  const zero = zeros([], grad.dtype);
  return keepWhere ? where(condition, grad, zero) : where(condition, zero, grad);
}

const tracked = (input: Tensor): boolean => !(input instanceof WrappedNumber) && input.requiresGrad;

// ---- maximum and minimum

/**
 * NaN wins in either operand. Between equal values the second operand is kept, as the vectorized CPU kernel
 * (a max instruction) does, which only shows for 0 and -0.
 */
const MAXIMUM: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    out[i] = x !== x || y !== y ? NaN : x > y ? x : y;
  }
};
const MINIMUM: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    out[i] = x !== x || y !== y ? NaN : x < y ? x : y;
  }
};

export function maximum(a: Tensor, b: Tensor): Tensor {
  return extremum('MaximumBackward0', a, b, MAXIMUM, 1);
}

export function minimum(a: Tensor, b: Tensor): Tensor {
  return extremum('MinimumBackward0', a, b, MINIMUM, -1);
}

/** `direction` is 1 for maximum, -1 for minimum: which side of a comparison wins. */
function extremum(name: string, a: Tensor, b: Tensor, kernel: BinaryKernel, direction: 1 | -1): Tensor {
  const out = binary(a, b, kernel, promoteOperands(a, b));
  record(
    name,
    [a, b],
    out,
    ([grad], [savedA, savedB]) => [
      tracked(a) ? sumToShape(extremumGrad(grad!, savedA!, savedB!, direction), a.shape) : null,
      tracked(b) ? sumToShape(extremumGrad(grad!, savedB!, savedA!, direction), b.shape) : null,
    ],
    [a, b],
  );
  return out;
}

/**
 * The gradient reaching `mine`: all of it where `mine` won, half where the two tie, none where the other
 * won (NaN compares false everywhere, so both sides of a NaN get all of it).
 */
function extremumGrad(grad: Tensor, mine: Tensor, theirs: Tensor, direction: 1 | -1): Tensor {
  const lost = direction === 1 ? lt(mine, theirs) : gt(mine, theirs);
  const shared = where(eq(mine, theirs), divScalar(grad, 2), grad);
  return maskedFill(shared, lost, 0);
}

// ---- whole-tensor tests

/** torch.equal: same shape and every element equal (compared in the promoted dtype). */
export function equal(a: Tensor, b: Tensor): boolean {
  if (!sameShape(a.shape, b.shape)) return false;
  const same = eq(a, b).storage;
  for (let i = 0; i < same.length; i++) if (same[i] === 0) return false;
  return true;
}

export interface CloseOptions {
  rtol?: number;
  atol?: number;
  equalNan?: boolean;
}

/**
 * torch.isclose: |a - b| <= atol + rtol * |b|, or exactly equal (infinities included), each step rounded in
 * the tensors' dtype as PyTorch computes it; bools compare as the default float dtype, and ints measure their
 * difference exactly but their tolerance in float32.
 */
export function isclose(a: Tensor, b: Tensor, { rtol = 1e-5, atol = 1e-8, equalNan = false }: CloseOptions = {}): Tensor {
  if (a.dtype !== b.dtype) throw runtimeError(`${scalarTypeName(a.dtype)} did not match ${scalarTypeName(b.dtype)}`);
  if (rtol < 0) throw runtimeError(`rtol must be greater than or equal to zero, but got ${rtol}`);
  if (atol < 0) throw runtimeError(`atol must be greater than or equal to zero, but got ${atol}`);
  const shape = broadcastShapes(a.shape, b.shape);
  // The difference is taken in the tensors' dtype (bools as floats), the tolerance and the comparison in a float dtype.
  const floatDtype: DType = a.dtype === 'float64' ? 'float64' : 'float32';
  const round = floatDtype === 'float32' ? Math.fround : (v: number) => v;
  const differenceDtype = a.dtype === 'bool' ? floatDtype : a.dtype;
  const x = materialize(a, shape, differenceDtype);
  const y = materialize(b, shape, differenceDtype);
  const yScaled = materialize(b, shape, floatDtype);
  const roundedRtol = round(rtol);
  const roundedAtol = round(atol);
  const matchNans = equalNan && isFloating(a.dtype);
  const n = numel(shape);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const yi = y[i]!;
    if (xi === yi || (matchNans && xi !== xi && yi !== yi)) {
      out[i] = 1;
      continue;
    }
    const allowed = round(roundedAtol + Math.abs(round(roundedRtol * yScaled[i]!)));
    const actual = round(Math.abs(xi - yi));
    out[i] = actual - actual === 0 && actual <= allowed ? 1 : 0;
  }
  return new Tensor(out, shape, contiguousStrides(shape), 0, 'bool');
}

export function allclose(a: Tensor, b: Tensor, options: CloseOptions = {}): boolean {
  const close = isclose(a, b, options).storage;
  for (let i = 0; i < close.length; i++) if (close[i] === 0) return false;
  return true;
}

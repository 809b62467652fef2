// Pointwise ops of several tensors: lerp, addcmul, addcdiv, hypot, logaddexp, xlogy, fmax, fmin, copysign and
// nan_to_num, each with its derivative. The float kernels round as PyTorch 1.13's CPU kernels do: lerp and
// addcmul fuse their last multiply-add (the AVX2 build contracts them), hypot is the float64 square root of the
// float64 sum of squares, logaddexp runs SLEEF's exp and log on whole groups of 16 float32 elements and
// glibc's on the rest, xlogy calls glibc's logf.
import { fma, fmaf } from '../../numeric/fma';
import { allocate, isFloating, scalarTypeName, type DType } from '../dtype';
import { runtimeError } from '../errors';
import { broadcastShapes, contiguousStrides, numel } from '../shape';
import { Tensor } from '../tensor';
import { add, div, mul, mulScalar, neg, rsub, sub } from './arithmetic';
import { eq, isfinite, isnan, ge, le, logicalAnd, logicalNot, logicalOr } from './comparison';
import { binary, materialize, promoteOperands, unary, WrappedNumber, wrapNumber, type BinaryKernel, type UnaryKernel } from './elementwise';
import { maskedFill } from './indexing';
import { record, recordNotDifferentiable, zeroGradient } from './record';
import { sumToShape } from './reduce';
import { exp } from './unaryMath';
import { expFloat32 } from '../kernels/expFloat32';
import { logFloat32 } from '../kernels/sleefFloat32';
import { expf, logf } from '../kernels/libmFloat32';
import { sleefExpFloat64, sleefLogFloat64 } from '../kernels/sleefFloat64';
import { libmExpFloat64 } from '../../numeric/libm';

/** A float64 fused multiply-add, falling back to the plain expression where it is not finite. */
const fusedFloat64 = (a: number, b: number, c: number): number => {
  const plain = a * b + c;
  return Number.isFinite(plain) ? fma(a, b, c) : plain;
};

const gradFor = (input: Tensor, grad: Tensor): Tensor | null => (input instanceof WrappedNumber || !input.requiresGrad ? null : sumToShape(grad, input.shape));

/** Raises PyTorch's error for a kernel that has no implementation for this dtype. */
function checkFloating(kernelName: string, dtype: DType): void {
  if (!isFloating(dtype)) throw runtimeError(`"${kernelName}" not implemented for '${scalarTypeName(dtype)}'`);
}

/** lerp and addcmul/addcdiv take their operands in one dtype (lerp) or promote them together (addc*). */
function checkSameDtype(input: Tensor, other: Tensor, name: string): void {
  if (other.dtype !== input.dtype) throw runtimeError(`expected dtype ${scalarTypeName(input.dtype).toLowerCase()} for \`${name}\` but got dtype ${scalarTypeName(other.dtype).toLowerCase()}`);
}

/** Three operands broadcast together, computed as `dtype` by `fn` element by element. */
function ternary(a: Tensor, b: Tensor, c: Tensor, dtype: DType, fn: (x: number, y: number, z: number) => number): Tensor {
  const shape = broadcastShapes(broadcastShapes(a.shape, b.shape), c.shape);
  const [x, y, z] = [a, b, c].map((t) => materialize(t, shape, dtype));
  const storage = allocate(dtype, numel(shape));
  for (let i = 0; i < storage.length; i++) storage[i] = fn(x![i]!, y![i]!, z![i]!);
  return new Tensor(storage, shape, contiguousStrides(shape), 0, dtype);
}

// ---- lerp

/** self + w (end - self) for w below 0.5 (negative ones included), end - (end - self)(1 - w) from there, each as one fused multiply-add. */
function lerpValue(self: number, end: number, w: number, float32: boolean): number {
  if (float32) {
    const d = Math.fround(end - self);
    return w < 0.5 ? fmaf(w, d, self) : fmaf(-d, Math.fround(1 - w), end);
  }
  const d = end - self;
  return w < 0.5 ? fusedFloat64(w, d, self) : fusedFloat64(-d, 1 - w, end);
}

/** lerp(input, end, weight) with weight a Python number (LerpBackward0) or a tensor (LerpBackward1). */
export function lerp(input: Tensor, end: Tensor, weight: Tensor | number): Tensor {
  checkSameDtype(input, end, 'end');
  if (typeof weight !== 'number') checkSameDtype(input, weight, 'weight');
  const dtype = input.dtype;
  if (!isFloating(dtype)) throw runtimeError(`"lerp_kernel_${typeof weight === 'number' ? 'scalar' : 'tensor'}" not implemented for '${scalarTypeName(dtype)}'`);
  const float32 = dtype === 'float32';
  if (typeof weight === 'number') {
    const w = float32 ? Math.fround(weight) : weight;
    const kernel: BinaryKernel = (a, b, out, n) => {
      for (let i = 0; i < n; i++) out[i] = lerpValue(a[i]!, b[i]!, w, float32);
    };
    const out = binary(input, end, kernel, dtype);
    record('LerpBackward0', [input, end], out, ([grad]) => [gradFor(input, mulScalar(grad!, 1 - weight)), gradFor(end, mulScalar(grad!, weight))]);
    return out;
  }
  const out = ternary(input, end, weight, dtype, (self, e, w) => lerpValue(self, e, w, float32));
  record(
    'LerpBackward1',
    [input, end, weight],
    out,
    ([grad], [savedSelf, savedEnd, savedWeight]) => [
      gradFor(input, mul(grad!, rsub(savedWeight!, wrapNumber(1, 'int64')))),
      gradFor(end, mul(grad!, savedWeight!)),
      gradFor(weight, mul(grad!, sub(savedEnd!, savedSelf!))),
    ],
    [input, end, weight],
  );
  return out;
}

// ---- addcmul and addcdiv: input + value * tensor1 * tensor2 (/ tensor2), value rounded to the dtype

/** The dtype addcmul/addcdiv compute in, and value as a number of it. */
function addcOperands(input: Tensor, tensor1: Tensor, tensor2: Tensor, value: number): [DType, number] {
  const dtype = promoteOperands(input, tensor1, tensor2);
  return [dtype, dtype === 'float32' ? Math.fround(value) : dtype === 'float64' ? value : Math.trunc(value)];
}

export function addcmul(input: Tensor, tensor1: Tensor, tensor2: Tensor, value = 1): Tensor {
  const [dtype, v] = addcOperands(input, tensor1, tensor2, value);
  const fused = dtype === 'float32' ? (s: number, a: number, b: number) => fmaf(Math.fround(v * a), b, s) : dtype === 'float64' ? (s: number, a: number, b: number) => fusedFloat64(v * a, b, s) : (s: number, a: number, b: number) => s + v * a * b;
  const out = ternary(input, tensor1, tensor2, dtype, fused);
  record(
    'AddcmulBackward0',
    [input, tensor1, tensor2],
    out,
    ([grad], [t1, t2]) => [gradFor(input, grad!), gradFor(tensor1, mul(grad!, mulScalar(t2!, value))), gradFor(tensor2, mul(grad!, mulScalar(t1!, value)))],
    [tensor1, tensor2],
  );
  return out;
}

export function addcdiv(input: Tensor, tensor1: Tensor, tensor2: Tensor, value = 1): Tensor {
  if (!isFloating(tensor1.dtype) && !isFloating(tensor2.dtype)) {
    throw runtimeError(
      'Integer division with addcdiv is no longer supported, and in a future  release addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), for all dtypes.',
    );
  }
  const [dtype, v] = addcOperands(input, tensor1, tensor2, value);
  const round = dtype === 'float32' ? Math.fround : (x: number) => x;
  const out = ternary(input, tensor1, tensor2, dtype, (s, a, b) => s + round(round(v * a) / b));
  record(
    'AddcdivBackward0',
    [input, tensor1, tensor2],
    out,
    // tensor1: grad * (value / tensor2); tensor2: -grad * (value * tensor1) / (tensor2 * tensor2)
    ([grad], [t1, t2]) => [
      gradFor(input, grad!),
      gradFor(tensor1, mul(grad!, div(wrapNumber(value, 'float64'), t2!))),
      gradFor(tensor2, mul(neg(grad!), div(mulScalar(t1!, value), mul(t2!, t2!)))),
    ],
    [tensor1, tensor2],
  );
  return out;
}

// ---- hypot and logaddexp

const HYPOT: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.sqrt(a[i]! * a[i]! + b[i]! * b[i]!);
};
const HYPOT_FLOAT64: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.hypot(a[i]!, b[i]!);
};

export function hypot(input: Tensor, other: Tensor): Tensor {
  const dtype = promoteOperands(input, other);
  checkFloating('hypot_cpu', dtype);
  const out = binary(input, other, dtype === 'float32' ? HYPOT : HYPOT_FLOAT64, dtype);
  // grad * self / result, grad * other / result
  record(
    'HypotBackward0',
    [input, other],
    out,
    ([grad], [self, otherSaved, result]) => [gradFor(input, div(mul(grad!, self!), result!)), gradFor(other, div(mul(grad!, otherSaved!), result!))],
    [input, other, out],
  );
  return out;
}

/** max(a, b) + log(1 + exp(-|a - b|)), or a itself where both are the same infinity. */
function logAddExp(a: number, b: number, expFn: (x: number) => number, logFn: (x: number) => number, round: (x: number) => number): number {
  if (a === b && Math.abs(a) === Infinity) return a;
  const m = a < b ? b : a;
  return m + logFn(round(1 + expFn(-Math.abs(round(a - b)))));
}

const LOGADDEXP_FLOAT32: BinaryKernel = (a, b, out, n) => {
  const vectorEnd = n - (n % 16);
  for (let i = 0; i < vectorEnd; i++) out[i] = logAddExp(a[i]!, b[i]!, expFloat32, logFloat32, Math.fround);
  for (let i = vectorEnd; i < n; i++) out[i] = logAddExp(a[i]!, b[i]!, expf, logf, Math.fround);
};
const identity = (x: number): number => x;
const LOGADDEXP_FLOAT64: BinaryKernel = (a, b, out, n) => {
  const vectorEnd = n - (n % 8);
  for (let i = 0; i < vectorEnd; i++) out[i] = logAddExp(a[i]!, b[i]!, sleefExpFloat64, sleefLogFloat64, identity);
  for (let i = vectorEnd; i < n; i++) out[i] = logAddExp(a[i]!, b[i]!, libmExpFloat64, Math.log, identity);
};

export function logaddexp(input: Tensor, other: Tensor): Tensor {
  const dtype = promoteOperands(input, other);
  checkFloating('logaddexp_cpu', dtype);
  const out = binary(input, other, dtype === 'float32' ? LOGADDEXP_FLOAT32 : LOGADDEXP_FLOAT64, dtype);
  // grad / (1 + exp(other - self)), grad / (1 + exp(self - other))
  const share = (grad: Tensor, x: Tensor, y: Tensor) => div(grad, add(wrapNumber(1, 'int64'), exp(sub(y, x))));
  record('LogaddexpBackward0', [input, other], out, ([grad], [self, otherSaved]) => [gradFor(input, share(grad!, self!, otherSaved!)), gradFor(other, share(grad!, otherSaved!, self!))], [input, other]);
  return out;
}

// ---- xlogy

/** x * log(y), 0 where x is 0, NaN where y is. */
const xlogyKernel =
  (logFn: (y: number) => number): BinaryKernel =>
  (x, y, out, n) => {
    for (let i = 0; i < n; i++) {
      const yi = y[i]!;
      out[i] = yi !== yi ? NaN : x[i] === 0 ? 0 : x[i]! * logFn(yi);
    }
  };
const XLOGY_FLOAT32 = xlogyKernel(logf);
const XLOGY_FLOAT64 = xlogyKernel(Math.log);

/** xlogy(x, y): XlogyBackward0, or 1 when x is a Python number, 2 when y is. */
export function xlogy(x: Tensor, y: Tensor): Tensor {
  const promoted = promoteOperands(x, y);
  const dtype = isFloating(promoted) ? promoted : 'float32';
  const out = binary(x, y, dtype === 'float32' ? XLOGY_FLOAT32 : XLOGY_FLOAT64, dtype);
  const node = x instanceof WrappedNumber ? 'XlogyBackward1' : y instanceof WrappedNumber ? 'XlogyBackward2' : 'XlogyBackward0';
  // self: xlogy(grad, other), 0 where self == 0 and other <= 0; other: grad * self / other
  const zero = () => wrapNumber(0, 'int64');
  record(
    node,
    [x, y],
    out,
    ([grad], [xSaved, ySaved]) => [
      gradFor(x, maskedFill(xlogy(grad!, ySaved!), logicalAnd(eq(xSaved!, zero()), le(ySaved!, zero())), 0)),
      gradFor(y, div(mul(grad!, xSaved!), ySaved!)),
    ],
    [x, y],
  );
  return out;
}

// ---- fmax, fmin, copysign, nan_to_num

/** fmax/fmin: the larger (smaller) of the two, the other where one is NaN; the first on a tie. */
const FMAX: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i] !== a[i] ? b[i]! : b[i] !== b[i] ? a[i]! : a[i]! >= b[i]! ? a[i]! : b[i]!;
};
const FMIN: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = a[i] !== a[i] ? b[i]! : b[i] !== b[i] ? a[i]! : a[i]! <= b[i]! ? a[i]! : b[i]!;
};

function floatExtremum(name: string, input: Tensor, other: Tensor, kernel: BinaryKernel, wins: (a: Tensor, b: Tensor) => Tensor): Tensor {
  const dtype = promoteOperands(input, other);
  const out = binary(input, other, kernel, dtype);
  // self's gradient where it won (or other is NaN), other's elsewhere
  record(
    name,
    [input, other],
    out,
    ([grad], [self, otherSaved]) => {
      const selfWins = logicalOr(wins(self!, otherSaved!), isnan(otherSaved!));
      return [gradFor(input, maskedFill(grad!, logicalNot(selfWins), 0)), gradFor(other, maskedFill(grad!, selfWins, 0))];
    },
    [input, other],
  );
  return out;
}

export const fmax = (input: Tensor, other: Tensor): Tensor => floatExtremum('FmaxBackward0', input, other, FMAX, ge);
export const fmin = (input: Tensor, other: Tensor): Tensor => floatExtremum('FminBackward0', input, other, FMIN, le);

const signView = new Float64Array(1);
const signWords = new Int32Array(signView.buffer);
/** Whether x's sign bit is set (negative numbers, -0 and NaNs with the bit set). */
function signBit(x: number): boolean {
  signView[0] = x;
  return signWords[1]! < 0;
}

const COPYSIGN: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = signBit(b[i]!) ? -Math.abs(a[i]!) : Math.abs(a[i]!);
};

export function copysign(input: Tensor, other: Tensor): Tensor {
  const promoted = promoteOperands(input, other);
  const dtype = isFloating(promoted) ? promoted : 'float32';
  const out = binary(input, other, COPYSIGN, dtype);
  // grad * (result / self), 0 where self is 0; nothing flows into other
  record(
    other instanceof WrappedNumber ? 'CopysignBackward1' : 'CopysignBackward0',
    [input, other],
    out,
    ([grad], [self, result]) => [
      gradFor(input, mul(grad!, maskedFill(div(result!, self!), eq(self!, wrapNumber(0, 'int64')), 0))),
      other instanceof WrappedNumber || !other.requiresGrad ? null : zeroGradient(other.shape, grad!.dtype),
    ],
    [input, out],
  );
  return out;
}

/** nan_to_num: NaN, +inf and -inf replaced (by 0 and the dtype's largest and lowest finite values by default). */
export function nanToNum(tensor: Tensor, nan = 0, posinf?: number, neginf?: number): Tensor {
  const largest = tensor.dtype === 'float32' ? 3.4028234663852886e38 : Number.MAX_VALUE;
  const replace = (value: number) => (tensor.dtype === 'float32' ? Math.fround(value) : value);
  const [nanValue, posValue, negValue] = [replace(nan), replace(posinf ?? largest), replace(neginf ?? -largest)];
  const kernel: UnaryKernel = (a, out, n) => {
    for (let i = 0; i < n; i++) {
      const x = a[i]!;
      out[i] = x !== x ? nanValue : x === Infinity ? posValue : x === -Infinity ? negValue : x;
    }
  };
  const out = unary(tensor, isFloating(tensor.dtype) ? kernel : (a, o, n) => o.set(a.subarray(0, n)), tensor.dtype);
  record('NanToNumBackward0', [tensor], out, ([grad], [self]) => [mul(grad!, isfinite(self!))], [tensor]);
  return out;
}

// ---- heaviside

const HEAVISIDE: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    out[i] = x === 0 ? b[i]! : x > 0 ? 1 : 0;
  }
};

/** heaviside(input, values): 1 above zero, 0 below (and for NaN), `values` at zero; PyTorch has no derivative for it. */
export function heaviside(input: Tensor, values: Tensor): Tensor {
  if (input.dtype !== values.dtype) throw runtimeError('heaviside is not yet implemented for tensors with different dtypes.');
  const out = binary(input, values, HEAVISIDE, input.dtype);
  recordNotDifferentiable('heaviside', [input, values], out);
  return out;
}

// + - * / ** and negation, with PyTorch's promotion and broadcasting. Each op's derivative is written right
// after its forward, as in PyTorch's derivatives table; gradients of broadcast inputs are summed back to shape.
// Integer results wrap as C++ integers do: int32 stores wrap by themselves, products use Math.imul.
import { defaultFloatDtype, isFloating, isIntegral, scalarTypeName, type DType } from '../dtype';
import { runtimeError } from '../errors';
import type { Tensor } from '../tensor';
import { eq, ge, logicalAnd, where } from './comparison';
import { full, zeros } from './creation';
import { binary, promoteOperands, unary, WrappedNumber, wrapNumber, type BinaryKernel, type UnaryKernel } from './elementwise';
import { powFloat32Kernel } from '../kernels/sleefFloat32';
import { wasmBinary } from '../kernels/wasm/elementwise';
import { record, zeroGradient } from './record';
import { sumToShape } from './reduce';
import { log } from './unaryMath';

const ADD: BinaryKernel = (a, b, out, n) => {
  if (wasmBinary('add', a, b, out, n)) return;
  for (let i = 0; i < n; i++) out[i] = a[i]! + b[i]!;
};
const SUB: BinaryKernel = (a, b, out, n) => {
  if (wasmBinary('sub', a, b, out, n)) return;
  for (let i = 0; i < n; i++) out[i] = a[i]! - b[i]!;
};
const MUL: BinaryKernel = (a, b, out, n) => {
  if (wasmBinary('mul', a, b, out, n)) return;
  for (let i = 0; i < n; i++) out[i] = a[i]! * b[i]!;
};
const MUL_INT32: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.imul(a[i]!, b[i]!);
};
const DIV: BinaryKernel = (a, b, out, n) => {
  if (wasmBinary('div', a, b, out, n)) return;
  for (let i = 0; i < n; i++) out[i] = a[i]! / b[i]!;
};

/** PyTorch refuses subtraction with any bool operand (Python's True and False included). */
export function checkNotBoolSubtraction(a: Tensor, b: Tensor): void {
  if (a.dtype === 'bool' && b.dtype === 'bool') {
    throw runtimeError('Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.');
  }
  if (a.dtype === 'bool' || b.dtype === 'bool') {
    throw runtimeError(
      'Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.',
    );
  }
}

/** Where a gradient flows into a non-tracked input (a wrapped Python number), none is needed. */
const gradFor = (input: Tensor, grad: Tensor): Tensor | null => (input instanceof WrappedNumber || !input.requiresGrad ? null : sumToShape(grad, input.shape));

export function add(a: Tensor, b: Tensor): Tensor {
  const dtype = promoteOperands(a, b);
  const out = binary(a, b, ADD, dtype);
  record('AddBackward0', [a, b], out, ([grad]) => [gradFor(a, grad!), gradFor(b, grad!)]);
  return out;
}

export function sub(a: Tensor, b: Tensor): Tensor {
  checkNotBoolSubtraction(a, b);
  const dtype = promoteOperands(a, b);
  const out = binary(a, b, SUB, dtype);
  record('SubBackward0', [a, b], out, ([grad]) => [gradFor(a, grad!), b.requiresGrad ? sumToShape(neg(grad!), b.shape) : null]);
  return out;
}

/** `number - tensor`: PyTorch records it as rsub. */
export function rsub(tensor: Tensor, scalar: Tensor): Tensor {
  checkNotBoolSubtraction(tensor, scalar);
  const dtype = promoteOperands(tensor, scalar);
  const out = binary(scalar, tensor, SUB, dtype);
  record('RsubBackward1', [tensor], out, ([grad]) => [sumToShape(neg(grad!), tensor.shape)]);
  return out;
}

export function mul(a: Tensor, b: Tensor): Tensor {
  const dtype = promoteOperands(a, b);
  const out = binary(a, b, dtype === 'int32' ? MUL_INT32 : MUL, dtype);
  record(
    'MulBackward0',
    [a, b],
    out,
    ([grad], [savedA, savedB]) => [a.requiresGrad ? sumToShape(mul(grad!, savedB!), a.shape) : null, b.requiresGrad ? sumToShape(mul(grad!, savedA!), b.shape) : null],
    [a, b],
  );
  return out;
}

/**
 * True division: integer inputs give the default float dtype. `nodeName` is DivBackward2 when called as
 * div(rounding_mode=None) (see division.ts, with the rounding modes).
 */
export function div(a: Tensor, b: Tensor, nodeName = 'DivBackward0'): Tensor {
  const promoted = promoteOperands(a, b);
  const dtype: DType = isFloating(promoted) ? promoted : defaultFloatDtype();
  const out = binary(a, b, DIV, dtype);
  record(
    nodeName,
    [a, b],
    out,
    ([grad], [savedA, savedB]) => [
      a.requiresGrad ? sumToShape(div(grad!, savedB!), a.shape) : null,
      // div_tensor_other_backward: -grad * ((self / other) / other)
      b.requiresGrad ? sumToShape(mul(neg(grad!), div(div(savedA!, savedB!), savedB!)), b.shape) : null,
    ],
    [a, b],
  );
  return out;
}

const RECIPROCAL: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = 1 / a[i]!;
};

/** 1 / x; integer inputs give the default float dtype. PyTorch also uses it for `number / tensor`. */
export function reciprocal(tensor: Tensor): Tensor {
  const out = unary(tensor, RECIPROCAL, isFloating(tensor.dtype) ? tensor.dtype : defaultFloatDtype());
  // -grad * (result * result)
  record('ReciprocalBackward0', [tensor], out, ([grad], [result]) => [mul(neg(grad!), mul(result!, result!))], [out]);
  return out;
}

const NEG: UnaryKernel = (a, out, n) => {
  for (let i = 0; i < n; i++) out[i] = -a[i]!;
};

export function neg(tensor: Tensor): Tensor {
  if (tensor.dtype === 'bool') {
    throw runtimeError('Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.');
  }
  const out = unary(tensor, NEG, tensor.dtype);
  record('NegBackward0', [tensor], out, ([grad]) => [neg(grad!)]);
  return out;
}

// ---- powers

const NEGATIVE_INTEGER_POWER = 'Integers to negative integer powers are not allowed.';

/** Raises PyTorch's error for bool ** bool, which has no kernel. */
function checkPowDtype(dtype: DType): void {
  if (dtype === 'bool') throw runtimeError(`"pow" not implemented for '${scalarTypeName(dtype)}'`);
}

/**
 * tensor ** number. Small integer and half exponents use the exact operation sequence PyTorch's CPU kernel
 * uses (x*x, x*x*x, sqrt, 1/x, ...), so results round the same way; integers raise to integer powers exactly.
 */
export function powScalar(tensor: Tensor, exponent: Tensor, exactExponent?: number): Tensor {
  // PyTorch's kernel gets a Python float exponent in double precision, even next to a float32 tensor.
  const e = exactExponent ?? exponent.storage[0]!;
  const dtype = promoteOperands(tensor, exponent);
  checkPowDtype(dtype);
  if (isIntegral(dtype) && e < 0) throw runtimeError(NEGATIVE_INTEGER_POWER);
  const out = isIntegral(dtype) ? binary(tensor, exponent, integerPowKernel(dtype), dtype) : unary(tensor, powKernel(e, dtype), dtype);
  record(
    'PowBackward0',
    [tensor],
    out,
    // pow_backward: grad * (e * self.pow(e - 1)); a zero exponent gives zeros_like(self), a constant.
    ([grad], [base]) => [e === 0 ? zeroGradient(base!.shape, grad!.dtype) : mul(grad!, mulScalar(powScalar(base!, wrapNumber(e - 1, exponent.dtype), e - 1), e))],
    [tensor],
  );
  return out;
}

/**
 * base ** exponent elementwise (pow(Tensor, Tensor), also `number ** tensor`, whose number PyTorch makes a
 * 0-dim tensor of the result dtype): PowBackward1, with gradients for both sides.
 */
export function pow(base: Tensor, exponent: Tensor): Tensor {
  const out = elementwisePow(base, exponent);
  record(
    'PowBackward1',
    [base, exponent],
    out,
    ([grad], [savedBase, savedExponent, result]) => [
      base.requiresGrad ? sumToShape(powBaseGrad(grad!, savedBase!, savedExponent!), base.shape) : null,
      exponent.requiresGrad ? sumToShape(powExponentGrad(grad!, savedBase!, savedExponent!, result!), exponent.shape) : null,
    ],
    [base, exponent, out],
  );
  return out;
}

/** torch.pow(number, tensor): PowBackward2, whose one input is the exponent. */
export function powScalarBase(base: Tensor, exponent: Tensor): Tensor {
  const out = elementwisePow(base, exponent);
  record('PowBackward2', [exponent], out, ([grad], [savedExponent, result]) => [powExponentGrad(grad!, base, savedExponent!, result!)], [exponent, out]);
  return out;
}

function elementwisePow(base: Tensor, exponent: Tensor): Tensor {
  const dtype = promoteOperands(base, exponent);
  checkPowDtype(dtype);
  if (isIntegral(dtype)) return binary(base, exponent, integerPowKernel(dtype), dtype);
  return binary(base, exponent, dtype === 'float32' ? POW_FLOAT32 : POW, dtype);
}

/** where(exponent == 0, 0, grad * (exponent * base ** (exponent - 1))). */
function powBaseGrad(grad: Tensor, base: Tensor, exponent: Tensor): Tensor {
  const scaled = mul(grad, mul(exponent, pow(base, sub(exponent, wrapNumber(1, 'int64')))));
  return where(eq(exponent, wrapNumber(0, 'int64')), zeros([], grad.dtype), scaled);
}

/** grad * where(base == 0 and exponent >= 0, 0, result * log(base)). */
function powExponentGrad(grad: Tensor, base: Tensor, exponent: Tensor, result: Tensor): Tensor {
  const atZero = logicalAnd(eq(base, wrapNumber(0, 'int64')), ge(exponent, wrapNumber(0, 'int64')));
  const timesLog = base instanceof WrappedNumber ? mulScalar(result, Math.log(base.storage[0]!)) : mul(result, log(base));
  return mul(grad, where(atZero, zeros([], grad.dtype), timesLog));
}

/** C's pow where it differs from Math.pow: 1 ** anything and (-1) ** ±infinity are 1. */
function cPow(base: number, exponent: number): number {
  if (base === 1 || (base === -1 && !Number.isFinite(exponent) && exponent === exponent)) return 1;
  return Math.pow(base, exponent);
}

const POW: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = cPow(a[i]!, b[i]!);
};
const POW_FLOAT32: BinaryKernel = (a, b, out, n) => {
  for (let i = 0; i < n; i++) out[i] = Math.fround(cPow(a[i]!, b[i]!));
};

/**
 * Integer powers by repeated squaring (PyTorch's powi), wrapping in int32; a negative exponent gives 0 unless
 * the base is 1 or -1.
 */
function integerPowKernel(dtype: DType): BinaryKernel {
  const times = dtype === 'int32' ? Math.imul : (x: number, y: number) => x * y;
  return (a, b, out, n) => {
    for (let i = 0; i < n; i++) {
      let base = a[i]!;
      let exponent = b[i]!;
      if (exponent < 0) {
        out[i] = base === 1 ? 1 : base === -1 ? (exponent % 2 === 0 ? 1 : -1) : 0;
        continue;
      }
      let result = 1;
      while (exponent > 0) {
        if (exponent % 2 === 1) result = times(result, base);
        exponent = Math.floor(exponent / 2);
        if (exponent > 0) base = times(base, base);
      }
      out[i] = result;
    }
  };
}
function powKernel(e: number, dtype: DType): UnaryKernel {
  const round = dtype === 'float32' ? Math.fround : (x: number) => x;
  switch (e) {
    // pow_Tensor_Scalar_out fills ones for 0 and copies for 1 (a backward pass raises to e - 1 often).
    case 0:
      return (_a, out, n) => {
        for (let i = 0; i < n; i++) out[i] = 1;
      };
    case 1:
      return (a, out, n) => {
        for (let i = 0; i < n; i++) out[i] = a[i]!;
      };
    case 2:
      return (a, out, n) => {
        for (let i = 0; i < n; i++) out[i] = a[i]! * a[i]!;
      };
    case 3:
      return (a, out, n) => {
        for (let i = 0; i < n; i++) out[i] = round(a[i]! * a[i]!) * a[i]!;
      };
    case 0.5:
      return (a, out, n) => {
        for (let i = 0; i < n; i++) out[i] = Math.sqrt(a[i]!);
      };
    case -0.5:
      return (a, out, n) => {
        for (let i = 0; i < n; i++) out[i] = 1 / round(Math.sqrt(a[i]!));
      };
    case -1:
      return (a, out, n) => {
        for (let i = 0; i < n; i++) out[i] = 1 / a[i]!;
      };
    case -2:
      return (a, out, n) => {
        for (let i = 0; i < n; i++) out[i] = 1 / round(a[i]! * a[i]!);
      };
    default:
      if (dtype === 'float32') return powFloat32Kernel(e);
      return (a, out, n) => {
        for (let i = 0; i < n; i++) out[i] = Math.pow(a[i]!, e);
      };
  }
}

/**
 * The Scalar overloads PyTorch's own derivative formulas call (`2 * result`, `grad / count`, `self + 1`): unlike
 * `tensor * 2` written in Python (MulBackward0 with an edge for the number), they record one edge, as
 * MulBackward1, AddBackward1 and DivBackward1.
 */
/** A number meeting `partner`: a fraction next to an integer tensor computes in the default float dtype. */
const wrapScalar = (scalar: number, partner: Tensor): Tensor =>
  wrapNumber(scalar, Number.isInteger(scalar) ? 'int64' : isFloating(partner.dtype) ? 'float64' : defaultFloatDtype());

/**
 * grad * scalar or grad / scalar as the Scalar overloads' derivatives compute it: the scalar becomes a 0-dim
 * tensor that is not a wrapped number, so a 0-dim float32 gradient and a non-integer scalar promote to
 * float64; the result is rounded back to the gradient's dtype.
 */
function scalarGradient(name: 'MulBackward0' | 'DivBackward0', grad: Tensor, scalar: number, kernel: BinaryKernel): Tensor {
  const number = full([], scalar, Number.isInteger(scalar) ? 'int64' : 'float64');
  const out = binary(grad, number, kernel, promoteOperands(grad, number), grad.dtype);
  record(name, [grad], out, ([gradGrad]) => [scalarGradient(name, gradGrad!, scalar, kernel)]);
  return out;
}

export function mulScalar(tensor: Tensor, scalar: number): Tensor {
  const number = wrapScalar(scalar, tensor);
  const out = binary(tensor, number, MUL, promoteOperands(tensor, number));
  record('MulBackward1', [tensor], out, ([grad]) => [scalarGradient('MulBackward0', grad!, scalar, MUL)]);
  return out;
}

export function addScalar(tensor: Tensor, scalar: number): Tensor {
  const number = wrapScalar(scalar, tensor);
  const out = binary(tensor, number, ADD, promoteOperands(tensor, number));
  record('AddBackward1', [tensor], out, ([grad]) => [grad]);
  return out;
}

export function divScalar(tensor: Tensor, scalar: number): Tensor {
  const number = wrapScalar(scalar, tensor);
  const promoted = promoteOperands(tensor, number);
  const out = binary(tensor, number, DIV, isFloating(promoted) ? promoted : defaultFloatDtype());
  record('DivBackward1', [tensor], out, ([grad]) => [scalarGradient('DivBackward0', grad!, scalar, DIV)]);
  return out;
}

// Element types, PyTorch's type promotion and the conversions between dtypes.
//
// Storage: bool and uint8 in a Uint8Array, int8 in an Int8Array, int16 in an Int16Array, int32 in an Int32Array
// (stores wrap modulo 2**8, 2**16 and 2**32 as C++ integer arithmetic does), float32 in a Float32Array, float64 and int64 in a Float64Array. A double holds every integer up to
// 2**53 exactly, so int64 is exact within ±(2**53 - 1) (Number.MAX_SAFE_INTEGER), which covers indices, labels
// and counts. Beyond that, rather than rounding silently, a Python int entering an int64 tensor (tensor(),
// full, fill_, arange, scalar operands, index assignment) and an integer op producing an int64 element raise
// a RuntimeError naming the limit (see int64LimitError). A BigInt64Array would lift the limit, but every
// kernel would then need a bigint variant, and float paths would pay for the dispatch.
import { runtimeError } from './errors';

export type DType = 'bool' | 'uint8' | 'int8' | 'int16' | 'int32' | 'int64' | 'float32' | 'float64';

export type Storage = Uint8Array | Int8Array | Int16Array | Int32Array | Float64Array | Float32Array;

/**
 * Ordered by PyTorch's promotion lattice for these types: bool < uint8, int8 < int16 < int32 < int64 < float32 <
 * float64. uint8 and int8 share a rank: neither holds the other, and together they promote to int16.
 */
const RANK: Record<DType, number> = { bool: 0, uint8: 1, int8: 1, int16: 2, int32: 3, int64: 4, float32: 5, float64: 6 };

export function isFloating(dtype: DType): boolean {
  return dtype === 'float32' || dtype === 'float64';
}

/** The dtypes index arguments may have (index_select, index_add_, tril_indices' result). */
export function isIndexDtype(dtype: DType): boolean {
  return dtype === 'int32' || dtype === 'int64';
}

export function isIntegral(dtype: DType): boolean {
  return dtype === 'uint8' || dtype === 'int8' || dtype === 'int16' || dtype === 'int32' || dtype === 'int64';
}

/** The smallest and largest value of each integer type (and bool), int64's as the nearest doubles. */
export const INTEGER_RANGE: Partial<Record<DType, readonly [number, number]>> = {
  bool: [0, 1],
  uint8: [0, 255],
  int8: [-128, 127],
  int16: [-32768, 32767],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [-(2 ** 63), 2 ** 63],
};

export const BYTES: Record<DType, number> = { bool: 1, uint8: 1, int8: 1, int16: 2, int32: 4, int64: 8, float32: 4, float64: 8 };

/** One tensor's storage may not exceed this (the kernel's worker has a few GiB in all); see setStorageLimit. */
let storageLimitBytes = 2 ** 32;

/** Sets the largest storage one tensor may allocate, in bytes (a host setting, e.g. from the editor). */
export function setStorageLimit(bytes: number): void {
  storageLimitBytes = bytes;
}

export function allocate(dtype: DType, length: number): Storage {
  const bytes = length * BYTES[dtype];
  try {
    if (bytes > storageLimitBytes) throw new RangeError('too large');
    switch (dtype) {
      case 'bool':
      case 'uint8':
        return new Uint8Array(length);
      case 'int8':
        return new Int8Array(length);
      case 'int16':
        return new Int16Array(length);
      case 'int32':
        return new Int32Array(length);
      case 'float32':
        return new Float32Array(length);
      default:
        return new Float64Array(length);
    }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // PyTorch's allocator failure, word for word, so notebooks behave alike when memory runs out.
    throw runtimeError(
      `[enforce fail at alloc_cpu.cpp:75] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate ${bytes} bytes. Error code 12 (Cannot allocate memory)`,
    );
  }
}

// ---- the default float dtype

let defaultFloat: DType = 'float32';

/** torch.get_default_dtype(): the dtype of Python floats in tensors, of float factories and of int-to-float ops. */
export function defaultFloatDtype(): DType {
  return defaultFloat;
}

/** torch.set_default_dtype (float32 or float64). */
export function setDefaultFloatDtype(dtype: DType): void {
  defaultFloat = dtype;
}

/** The higher of two dtypes (promote_types). */
export function promote(a: DType, b: DType): DType {
  if (RANK[a] === RANK[b] && a !== b) return 'int16';
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * One operand of an operation, for torch.result_type: dimensioned tensors outrank zero-dim tensors, which
 * outrank Python scalars, unless a lower-ranked operand is of a higher category. A Python float is given as
 * the default float dtype, a Python int as int64, a bool as bool.
 */
export interface Operand {
  dtype: DType;
  kind: 'tensor' | 'zerodim' | 'scalar';
}

export function resultType(operands: readonly Operand[]): DType {
  const highest: Partial<Record<Operand['kind'], DType>> = {};
  for (const { dtype, kind } of operands) {
    const current = highest[kind];
    highest[kind] = current === undefined ? dtype : promote(current, dtype);
  }
  const result = combineCategories(highest.tensor, combineCategories(highest.zerodim, highest.scalar));
  if (result === undefined) throw new Error('resultType needs at least one operand');
  return result;
}

/** A lower-ranked dtype only matters if it brings a higher category (bool < integral < floating). */
function combineCategories(higher: DType | undefined, lower: DType | undefined): DType | undefined {
  if (higher === undefined) return lower;
  if (lower === undefined || isFloating(higher)) return higher;
  if (higher === 'bool' || isFloating(lower)) return promote(higher, lower);
  return higher;
}

/** torch.can_cast: c10's canCast refuses floats into integers and anything but bool into bool. */
export function canCast(from: DType, to: DType): boolean {
  if (isFloating(from) && isIntegral(to)) return false;
  return from === 'bool' || to !== 'bool';
}

/** torch.is_signed: every dtype but bool and the unsigned integers. */
export function isSigned(dtype: DType): boolean {
  return dtype !== 'bool' && dtype !== 'uint8';
}

/** Python-facing name: torch.float32. */
export function dtypeName(dtype: DType): string {
  return `torch.${dtype}`;
}

/** The C++ scalar type name PyTorch uses in messages ("expected scalar type Float but found Double"). */
export function scalarTypeName(dtype: DType): string {
  return { bool: 'Bool', uint8: 'Byte', int8: 'Char', int16: 'Short', int32: 'Int', int64: 'Long', float32: 'Float', float64: 'Double' }[dtype];
}

// ---- the int64 limit

/** The largest int64 magnitude this storage keeps exactly. */
export const INT64_EXACT_LIMIT = Number.MAX_SAFE_INTEGER;

/** Not a PyTorch message: PyTorch's int64 reaches ±(2**63 - 1); the value itself may already be rounded, so it is not shown. */
export function int64LimitError(): Error {
  return runtimeError(`int64 value out of range: agnb holds int64 values exactly only within ±(2**53 - 1) = ±${INT64_EXACT_LIMIT}`);
}

/**
 * Raises the limit error if an int64 result left the exact range (a rounded value is always outside it), and
 * turns the -0 of double arithmetic (-3 * 0) into the integer 0.
 */
export function checkInt64Exact(values: Storage): void {
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value > INT64_EXACT_LIMIT || value < -INT64_EXACT_LIMIT) throw int64LimitError();
    if (value === 0) values[i] = 0;
  }
}

// ---- conversions

/** A float converted to an integer type out of its range (or NaN) gives the type's minimum, as on x86. */
const INT32_MIN = -(2 ** 31);
const INT64_MIN = -(2 ** 63);

/**
 * Rounds a computed value to what the dtype can hold: floats truncate toward zero into integer types, the
 * narrower integer types wrap (a Python int operand is cast so), int64 must stay within the exact limit.
 */
export function castValue(value: number, dtype: DType): number {
  switch (dtype) {
    case 'bool':
      return value !== 0 ? 1 : 0;
    case 'uint8':
      return value & 255;
    case 'int8':
      return (value << 24) >> 24;
    case 'int16':
      return (value << 16) >> 16;
    case 'int32':
      return value | 0;
    case 'int64': {
      const integer = Math.trunc(value);
      if (!(Math.abs(integer) <= INT64_EXACT_LIMIT)) throw int64LimitError();
      return integer;
    }
    case 'float32':
      return Math.fround(value);
    default:
      return value;
  }
}

/**
 * Converts `source` (elements of `from`) into `out` (of `to`), as a dtype cast: integers wrap into the narrower
 * integer types, floats truncate into integer types (out of range or NaN giving the minimum), anything nonzero
 * is true. A float goes into uint8, int8 and int16 through int32, as x86 converts it, so one outside int32's
 * range (or NaN) gives int32's minimum, whose low bits are 0.
 */
export function convertInto(source: Storage, from: DType, out: Storage, to: DType): void {
  const n = source.length;
  if (to === 'bool') {
    for (let i = 0; i < n; i++) out[i] = source[i] !== 0 ? 1 : 0;
  } else if (isFloating(from) && isIntegral(to) && to !== 'int64') {
    for (let i = 0; i < n; i++) {
      const value = source[i]!;
      out[i] = value > -2147483649 && value < 2147483648 ? value : INT32_MIN;
    }
  } else if (isFloating(from) && to === 'int64') {
    for (let i = 0; i < n; i++) {
      const value = Math.trunc(source[i]!);
      out[i] = value >= INT64_MIN && value < -INT64_MIN ? value : INT64_MIN;
    }
  } else {
    // The integer arrays' stores wrap integers modulo 2**8, 2**16 and 2**32; the other pairs convert exactly or round to float.
    out.set(source);
  }
}

/** The C++ type names of PyTorch's scalar conversion messages. */
const CPP_TYPE_NAMES: Record<DType, string> = { bool: 'bool', uint8: 'uint8_t', int8: 'int8_t', int16: 'int16_t', int32: 'int', int64: 'int64_t', float32: 'float', float64: 'double' };

/** PyTorch's message when a Python number does not fit the dtype it is written into. */
export function overflowError(typeName: string): Error {
  return runtimeError(`value cannot be converted to type ${typeName} without overflow`);
}

/** Whether a Python number overflows the dtype (c10's `overflows`): infinities fit floats, NaN no integer type. */
export function overflows(value: number, dtype: DType): boolean {
  switch (dtype) {
    case 'bool':
      return false;
    case 'uint8':
      // An integer may be negative down to -255: it wraps (two's complement), as c10 allows for unsigned types.
      return Number.isInteger(value) ? !(value >= -255 && value <= 255) : !(value >= 0 && value <= 255);
    case 'int8':
      return !(value >= -128 && value <= 127);
    case 'int16':
      return !(value >= -32768 && value <= 32767);
    case 'int32':
      return !(value >= -2147483648 && value <= 2147483647);
    case 'int64':
      return !(value >= INT64_MIN && value <= -INT64_MIN);
    case 'float32':
      return Number.isFinite(value) && Math.abs(value) > 3.4028234663852886e38;
    default:
      return false;
  }
}

/**
 * A Python number written into a tensor of `dtype` (fill_, full, clamp bounds, index assignment): checked the
 * way PyTorch converts a Scalar (c10::checked_convert), then cast.
 */
export function checkedScalar(value: number, dtype: DType): number {
  checkScalarFits(value, dtype);
  return castValue(value, dtype);
}

export function checkScalarFits(value: number, dtype: DType): void {
  if (overflows(value, dtype)) throw overflowError(CPP_TYPE_NAMES[dtype]);
}

/** The C++ type name PyTorch's clamp_ names in its cast error ("can't be cast to the desired output type long int"). */
export function cppTypeName(dtype: DType): string {
  return { bool: 'bool', uint8: 'unsigned char', int8: 'signed char', int16: 'short int', int32: 'int', int64: 'long int', float32: 'float', float64: 'double' }[dtype];
}
